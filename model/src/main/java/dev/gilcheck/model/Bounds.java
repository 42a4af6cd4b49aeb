package dev.gilcheck.model;

import dev.gilcheck.model.BoundsException.Bound;

/**
 * The size of a modelled run.
 *
 * @param daemons  daemon threads
 * @param loops    rounds of Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS each daemon does
 * @param releases times the main thread releases the GIL during finalization cleanup
 * @param cthreads C threads entering through PyGILState_Ensure
 * @param newThreads threads started just before finalization, whose thread_run may come at any time
 */
public record Bounds(int daemons, int loops, int releases, int cthreads, int newThreads) {
    public static final int MAX_DAEMONS = 12;
    public static final int MAX_LOOPS = 8;
    public static final int MAX_RELEASES = 8;
    public static final int MAX_CTHREADS = 2;
    public static final int MAX_NEW_THREADS = 2;

    public static final Bounds DEFAULT = new Bounds(2, 1, 1, 0);

    public Bounds {
        check(Bound.DAEMONS, daemons, 1, MAX_DAEMONS);
        check(Bound.LOOPS, loops, 1, MAX_LOOPS);
        check(Bound.RELEASES, releases, 0, MAX_RELEASES);
        check(Bound.CTHREADS, cthreads, 0, MAX_CTHREADS);
        check(Bound.NEW_THREADS, newThreads, 0, MAX_NEW_THREADS);
    }

    /** Bounds without new threads. */
    public Bounds(int daemons, int loops, int releases, int cthreads) {
        this(daemons, loops, releases, cthreads, 0);
    }

    private static void check(Bound bound, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BoundsException(bound, value, min, max);
        }
    }

    /** All fibers: the main thread, the daemons, the C threads, the new threads. */
    public int fibers() {
        return 1 + daemons + cthreads + newThreads;
    }

    @Override
    public String toString() {
        return "daemons=" + daemons + " loops=" + loops + " releases=" + releases + " cthreads=" + cthreads
                + (newThreads > 0 ? " newthreads=" + newThreads : "");
    }
}
