package dev.gilcheck.model;

import dev.gilcheck.checker.BadInputException;

/**
 * The size of a modelled run.
 *
 * @param daemons  daemon threads
 * @param loops    rounds of Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS each daemon does
 * @param releases times the main thread releases the GIL during finalization cleanup
 * @param cthreads C threads entering through PyGILState_Ensure
 */
public record Bounds(int daemons, int loops, int releases, int cthreads) {
    public static final int MAX_DAEMONS = 12;
    public static final int MAX_LOOPS = 8;
    public static final int MAX_RELEASES = 8;
    public static final int MAX_CTHREADS = 2;

    public static final Bounds DEFAULT = new Bounds(2, 1, 1, 0);

    public Bounds {
        check("--daemons", daemons, 1, MAX_DAEMONS);
        check("--loops", loops, 1, MAX_LOOPS);
        check("--releases", releases, 0, MAX_RELEASES);
        check("--cthreads", cthreads, 0, MAX_CTHREADS);
    }

    private static void check(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadInputException(option + " " + value + " is out of range: use " + min + " to " + max);
        }
    }

    /** All fibers: the main thread, the daemons, the C threads. */
    public int fibers() {
        return 1 + daemons + cthreads;
    }

    @Override
    public String toString() {
        return "daemons=" + daemons + " loops=" + loops + " releases=" + releases + " cthreads=" + cthreads;
    }
}
