package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.FiberSystem;

/**
 * Exhaustive search over every interleaving, with a visited set. By default breadth-first over exact
 * worlds: because worlds are expanded level by level, the first time a violation site is met is on a
 * shortest run to it, so each site gets its own shortest witness. {@link SearchOptions} choose
 * depth-first order, fingerprints, symmetry and partial-order reduction, and parallel search; all
 * report the same violation sites. After a complete search, a progress check finds the worlds from
 * which the goal (the process ending) can no longer be reached, and names each such hang by where
 * the progress fiber waits.
 *
 * <p>What witnesses promise: breadth-first search without reductions, on one thread or several, gives
 * a shortest run to each site. Symmetry keeps that (a representative is reached exactly as early as
 * the world it stands for). Partial-order reduction and depth-first order give a real run, replayable
 * as printed, but not necessarily a shortest one.
 */
public final class BfsExplorer {
    private final FiberSystem system;
    private final Limits limits;
    private final String progressInvariant;
    private final SearchOptions options;
    private SearchProgress progress = SearchProgress.NONE;

    /** @param progressInvariant the name under which hangs are reported */
    public BfsExplorer(FiberSystem system, Limits limits, String progressInvariant) {
        this(system, limits, progressInvariant, SearchOptions.PLAIN);
    }

    public BfsExplorer(FiberSystem system, Limits limits, String progressInvariant, SearchOptions options) {
        if (options.symmetry() && system.symmetry() == null) {
            throw new SearchOptionsException(SearchOptionsException.Problem.NO_SYMMETRY, options.threads());
        }
        if (options.por() && !system.declaresPrivateFields()) {
            throw new SearchOptionsException(SearchOptionsException.Problem.NO_PRIVATE_FIELDS, options.threads());
        }
        this.system = system;
        this.limits = limits;
        this.progressInvariant = progressInvariant;
        this.options = options;
    }

    /** This explorer, telling {@code p} how far it got every few thousand worlds. */
    public BfsExplorer withProgress(SearchProgress p) {
        this.progress = p;
        return this;
    }

    public SearchResult explore() {
        Search search = options.parallel() ? new ParallelSearch(system, limits, progressInvariant, options)
                : new SequentialSearch(system, limits, progressInvariant, options);
        search.progress = progress;
        return search.explore();
    }
}
