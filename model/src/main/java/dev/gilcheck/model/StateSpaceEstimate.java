package dev.gilcheck.model;

import dev.gilcheck.checker.search.Limits;

/**
 * Refuses, before searching, bounds whose state space cannot fit in memory. The state count grows
 * geometrically with the daemon count; it is measured at one and two daemons (with the same loops,
 * releases and C threads) and extrapolated. Measured growth factors shrink by 13 to 22 % per added
 * daemon (e.g. py313: x87 from one to two daemons, x68 from two to three); the estimate lets them
 * shrink by only 10 %, so it errs on the large side (py313 at 3 daemons: estimate 12.3 M, actual 10.8 M).
 */
public final class StateSpaceEstimate {
    /** Bytes a stored state costs a search, everything included (measured: 50 to 70). */
    static final long BYTES_PER_STATE = 80;
    private static final double SHRINK = 0.9;

    private StateSpaceEstimate() {
    }

    /** The estimated number of states of {@code model}; exact (measured) up to two daemons. */
    public static double states(CPythonModel model, Limits limits) {
        Bounds b = model.bounds();
        double one = measure(model, 1, limits);
        if (b.daemons() == 1) {
            return one;
        }
        double two = measure(model, 2, limits);
        double estimate = two;
        double factor = two / one;
        for (int d = 3; d <= b.daemons(); d++) {
            factor *= SHRINK;
            estimate *= factor;
        }
        return estimate;
    }

    /** Throws a {@link TooLargeException} when {@code model} will not fit in {@code limits}. */
    public static void requireFits(CPythonModel model, Limits limits) {
        if (model.bounds().daemons() <= 2) {
            return;
        }
        double estimate = states(model, limits);
        double budget = Math.min((double) limits.maxBytes() / BYTES_PER_STATE, limits.maxStates());
        if (estimate > budget) {
            throw new TooLargeException(model, estimate, (long) (estimate * BYTES_PER_STATE / (1 << 20)), budget);
        }
    }

    private static double measure(CPythonModel model, int daemons, Limits limits) {
        Bounds b = model.bounds();
        Bounds fewer = new Bounds(daemons, b.loops(), b.releases(), b.cthreads(), b.newThreads());
        return Check.run(new CPythonModel(model.strategy(), model.toggles(), fewer), limits).result().stats().states();
    }
}
