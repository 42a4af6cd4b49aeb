package dev.gilcheck.model;

import dev.gilcheck.checker.parametric.AnyNCheck;
import dev.gilcheck.checker.parametric.RandomConcretizer;
import dev.gilcheck.checker.parametric.ViewFixpoint;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.checker.search.SearchProgress;

/**
 * The any-N check of a model: its parametric form's view fixpoint, and explicit symmetry-reduced
 * searches of the model itself at N = 1, 2, 3 daemons for the least N and the shortest witness of
 * each site the views reach (at least up to N = 2, for the hang property, checked only that far);
 * PCT runs at 4 and 5 daemons for a site none of them reaches.
 */
public final class AnyDaemons {
    /** The explicit searches go up to this many daemons. */
    public static final int MAX_N = 3;
    /** ... and at least up to this many. */
    public static final int MIN_N = 2;
    /** Sites the views reach and no explicit search does are looked for by PCT runs up to this many daemons. */
    public static final int MAX_RANDOM_N = 5;
    /** The view fixpoint stops, and leaves what it could not decide UNKNOWN, past this many views. */
    public static final int MAX_VIEWS = 4_000_000;

    private AnyDaemons() {
    }

    /** The any-N verdicts of {@code model}, whose daemon count they ignore. */
    public static AnyNCheck.Result check(CPythonModel model, Limits limits) {
        return check(model, limits, ViewFixpoint.Progress.NONE, SearchProgress.NONE);
    }

    /** As above, telling the view fixpoint's and the explicit searches' progress; both stop before the heap runs out. */
    public static AnyNCheck.Result check(CPythonModel model, Limits limits, ViewFixpoint.Progress views,
                                         SearchProgress searches) {
        SearchOptions symmetric = SearchOptions.PLAIN.withSymmetry(true);
        AnyNCheck.Searches how = new AnyNCheck.Searches(
                n -> Check.run(atDaemons(model, n), limits, symmetric, searches).result(), MIN_N, MAX_N,
                (n, sites) -> RandomConcretizer.find(atDaemons(model, n).system(), model.progressInvariant(), sites),
                MAX_RANDOM_N);
        return AnyNCheck.run(ParametricModel.of(model), how, MAX_VIEWS, limits.maxBytes(), views);
    }

    /** {@code model} with {@code n} daemons. */
    public static CPythonModel atDaemons(CPythonModel model, int n) {
        Bounds b = model.bounds();
        return model.at(new Bounds(n, b.loops(), b.releases(), b.cthreads(), b.newThreads()));
    }
}
