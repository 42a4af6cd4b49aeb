package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.Bounds;

/**
 * One run of the ported protocol, its threads supplied by the caller (Lincheck's): the main
 * thread runs Py_FinalizeEx then exit(); each daemon thread does {@code loops} rounds of
 * Py_END_ALLOW_THREADS, bytecode, Py_BEGIN_ALLOW_THREADS, then stays blocked in a system call.
 * A violation not silenced is thrown from the thread that commits it; the others then stop.
 */
public final class PortedRun {
    private final Bounds bounds;
    private final Process process;
    private final GilState gil;
    private final ThreadState main;
    private final ThreadState[] daemons;
    private final ThreadState firstDaemon;
    private final Ceval ceval;
    private final Lifecycle lifecycle;

    public PortedRun(Build build, Bounds bounds, Silenced silenced) {
        this.bounds = bounds;
        this.process = new Process(silenced, bounds.daemons());
        InterpreterState interp = new InterpreterState(process);
        PyRuntime runtime = new PyRuntime();
        this.main = new ThreadState("M", 0, interp, null, process);
        this.daemons = new ThreadState[bounds.daemons()];
        ThreadState next = null;
        for (int d = daemons.length - 1; d >= 0; d--) {
            daemons[d] = new ThreadState("D" + (d + 1), d + 1, interp, next, process);
            daemons[d].refcount.set(2);
            next = daemons[d];
        }
        this.firstDaemon = next;
        this.gil = new GilState(main, bounds.daemons() + 1, build.destroyGilAtFinalize(), process);
        DropRequest request = new DropRequest(build, runtime, interp, process);
        MustExit mustExit = new MustExit(build, runtime);
        CevalGil cevalGil = new CevalGil(build, gil, request, mustExit, process);
        this.ceval = new Ceval(build, gil, cevalGil, request, mustExit, runtime, process);
        this.lifecycle = new Lifecycle(build, runtime, interp, gil, ceval, cevalGil, process);
    }

    /** The main thread: Py_FinalizeEx, then exit(). */
    public void mainThread() {
        try {
            lifecycle.finalizeAndExit(main, firstDaemon, bounds.releases());
        } catch (ThreadGone stopped) {
            gil.abandonedBy(true);
        }
    }

    /** The run's own bookkeeping: reading the thread-state array is no C access. */
    private ThreadState ghostDaemon(int d) {
        return daemons[d];
    }

    /** Daemon thread {@code d} (0-based). */
    public void daemonThread(int d) {
        ThreadState ts = ghostDaemon(d);
        try {
            for (int round = 0; round < bounds.loops(); round++) {
                ceval.restoreThread(ts);
                ceval.runBytecode(ts);
                ceval.saveThread(ts);
            }
            // now blocked in a system call for the rest of the run: nothing more to do
        } catch (ThreadGone stopped) {
            // the C thread exited, hung, died with the process, or the run is decided
            gil.abandonedBy(process.ghostIsOver());
        } catch (ProtocolViolation committed) {
            gil.abandonedBy(true);
            throw committed;
        } finally {
            if (process.daemonEnded()) {
                gil.processGone();
            }
        }
    }
}
