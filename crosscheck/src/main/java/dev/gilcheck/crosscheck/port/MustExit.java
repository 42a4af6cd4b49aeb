package dev.gilcheck.crosscheck.port;

import dev.gilcheck.crosscheck.port.Build.MustExitRule;

/**
 * "Must this thread stop because the interpreter is finalizing?" and the way out. The test reads
 * different memory per build: the runtime pointer only (0d5e52d to 3.11), falling back to
 * tstate->interp->_finalizing while the runtime pointer is unset (3.12 and 3.13: gh-108987, the
 * code itself warns that tstate may dangle), or the thread's own tstate->state (3.14, safe because
 * the thread holds a reference to it).
 */
final class MustExit {
    private final MustExitRule rule;
    private final boolean hang;
    private final boolean refcounted;
    private final PyRuntime runtime;

    MustExit(Build build, PyRuntime runtime) {
        this.rule = build.mustExitRule();
        this.hang = build.hangInsteadOfExit();
        this.refcounted = build.refcountedTstate();
        this.runtime = runtime;
    }

    /** tstate_must_exit / _PyThreadState_MustExit as the build has it (if, not an enum switch: see DropRequest). */
    boolean test(ThreadState ts) {
        if (rule == MustExitRule.TSTATE_STATE) {
            return ts.readShuttingDown(Site.MUST_EXIT_READ_STATE);
        }
        if (rule == MustExitRule.RUNTIME_POINTER) {
            return runtimeSaysExit(ts);
        }
        ThreadState fin = runtime.finalizing;
        if (fin == null) {
            InterpreterState interp = ts.readInterp(Site.MUST_EXIT_READ_TSTATE_INTERP);
            fin = interp.readFinalizing(Site.MUST_EXIT_READ_INTERP_FINALIZING);
        }
        return fin != null && fin != ts;
    }

    /** The check of 0d5e52d / exit_thread_if_finalizing: the runtime pointer, compared, never followed. */
    boolean runtimeSaysExit(ThreadState ts) {
        ThreadState fin = runtime.finalizing;
        return fin != null && fin != ts;
    }

    /** PyThread_exit_thread, or from gh-87135 PyThread_hang_thread after dropping the own reference. */
    void leave(ThreadState ts) {
        if (hang && refcounted) {
            ts.decref(Site.HANG_DECREF);
        }
        throw ThreadGone.INSTANCE;
    }
}
