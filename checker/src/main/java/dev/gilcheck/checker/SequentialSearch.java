package dev.gilcheck.checker;

import java.util.List;

/**
 * Exhaustive search on one thread: breadth-first (each site's witness is a shortest run to it) or
 * depth-first, over exact worlds or fingerprints, optionally storing one world per symmetry class
 * and taking a fiber's independent step alone (partial-order reduction).
 *
 * <p>The reduction's cycle proviso: an independent step is taken alone only when it leads to a world
 * with a larger id than the one expanded (a new one, or one found later); otherwise the world is
 * expanded in full. Ids grow along every reduced-only path, so every cycle of the reduced graph has a
 * fully expanded world and no step is postponed for ever (Peled's C3).
 */
final class SequentialSearch {
    private static final int CHECK_EVERY = 4096;

    private final FiberSystem system;
    private final Limits limits;
    private final SearchOptions options;
    private final SearchGraph graph;
    private final StateStore store;
    private final Frontier frontier;
    private final Canonicalizer symmetry;

    SequentialSearch(FiberSystem system, Limits limits, String progressInvariant, SearchOptions options) {
        this.system = system;
        this.limits = limits;
        this.options = options;
        this.symmetry = options.symmetry() ? system.symmetry() : null;
        this.graph = new SearchGraph(system, symmetry != null, progressInvariant);
        int width = system.layout().words();
        this.store = options.fingerprint() ? new FingerprintStateStore() : new ExactStateStore(width);
        this.frontier = new Frontier(width);
    }

    SearchResult explore() {
        long start = System.nanoTime();
        long[] initial = canonical(system.initial());
        store.add(initial);
        frontier.add(graph.discover(-1, 0, 0), initial);
        boolean fifo = options.order() == SearchOptions.Order.BFS;
        long[] world = system.layout().newWorld();
        String stop = null;
        try {
            for (long expanded = 1; !frontier.isEmpty(); expanded++) {
                int id = frontier.poll(fifo, world);
                expand(id, world);
                if (expanded % CHECK_EVERY == 1) {
                    stop = limits.reached(store.size(), bytes(), growthBytes(), (System.nanoTime() - start) / 1e9);
                    if (stop != null) {
                        break;
                    }
                }
            }
        } catch (OutOfMemoryError e) {
            stop = limits.memoryStop(bytes());
        }
        List<Witness> witnesses = graph.witnesses(stop == null);
        Stats stats = graph.stats(store.size(), bytes());
        return new SearchResult(witnesses, stats, stop == null, stop, store.collisionNote());
    }

    private void expand(int id, long[] world) {
        Move alone = options.por() ? system.independentMove(world) : null;
        if (alone != null) {
            long[] next = canonical(alone.target());
            int r = store.add(next);
            int target = r >= 0 ? r : -r - 1;
            if (target > id) {
                graph.expanding(id, world, !system.moves(world, system.progressFiber(), false).isEmpty());
                follow(id, alone, next, r);
                return;
            }
        }
        List<Move> moves = system.moves(world, false);
        boolean progressCanMove = false;
        for (Move m : moves) {
            progressCanMove |= m.fiber() == system.progressFiber();
        }
        graph.expanding(id, world, progressCanMove);
        for (Move m : moves) {
            if (m.fatal()) {
                graph.step(id, m, -1);
                continue;
            }
            long[] next = canonical(m.target());
            follow(id, m, next, store.add(next));
        }
    }

    /** Records the step {@code m} from {@code id} to {@code next}, whose store answer was {@code r}. */
    private void follow(int id, Move m, long[] next, int r) {
        if (r >= 0) {
            frontier.add(graph.discover(id, m.fiber(), m.alternative()), next);
            graph.step(id, m, r);
        } else {
            graph.step(id, m, -r - 1);
        }
    }

    private long[] canonical(long[] world) {
        return symmetry == null ? world : symmetry.canonical(world);
    }

    private long bytes() {
        return store.bytes() + frontier.bytes() + graph.bytes();
    }

    /** The largest allocation the search may make next, plus what its progress check will need. */
    private long growthBytes() {
        return Math.max(store.growthBytes(), Math.max(frontier.growthBytes(), graph.growthBytes()))
                + graph.progressCheckBytes();
    }
}
