package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.FinalRelease;

/**
 * Py_FinalizeEx (Python/pylifecycle.c; Py_Finalize in pythonrun.c before 3.7) as the main thread
 * runs it, then exit(). Only the steps that touch the GIL or free memory are kept; Python code the
 * main thread runs is where it may hand the GIL over.
 */
final class Lifecycle {
    private final Build build;
    private final PyRuntime runtime;
    private final InterpreterState interp;
    private final GilState gil;
    private final Ceval ceval;
    private final CevalGil cevalGil;
    private final Process process;

    Lifecycle(Build build, PyRuntime runtime, InterpreterState interp, GilState gil, Ceval ceval, CevalGil cevalGil,
              Process process) {
        this.build = build;
        this.runtime = runtime;
        this.interp = interp;
        this.gil = gil;
        this.ceval = ceval;
        this.cevalGil = cevalGil;
        this.process = process;
    }

    /**
     * The order is the one every version keeps: threading._shutdown and atexit (Python code), set
     * finalizing (0d5e52d on; where finalization starts in older builds), free or mark the other
     * thread states (9ad58ac; 3.14 marks and decrefs), cleanup that runs Python code and so can
     * release the GIL, PyInterpreterState_Delete (3.12 on: final GIL release first), zapthreads and
     * the interpreter free, destroy_gil (before b0b384b), exit().
     */
    void finalizeAndExit(ThreadState main, ThreadState firstDaemon, int releases) {
        ceval.handOffIfAsked(main, Site.MAIN_EVAL_BREAKER);
        if (build.mustExitRule() != Build.MustExitRule.RUNTIME_POINTER) {
            interp.writeFinalizing(Site.SET_INTERP_FINALIZING, main);
        }
        runtime.finalizing = main;
        process.changed();
        releaseDaemonTstates(firstDaemon);
        for (int r = 0; r < releases; r++) {
            ceval.saveThread(main);
            ceval.restoreThread(main);
        }
        if (build.finalRelease() == FinalRelease.NULL_TSTATE) {
            cevalGil.drop(null);
        } else if (build.finalRelease() == FinalRelease.OWN_TSTATE) {
            ceval.saveThread(main);
        }
        zapthreads(main, firstDaemon);
        if (!build.interpStatic()) {
            interp.free(Site.FREE_INTERP);
        }
        if (build.destroyGilAtFinalize()) {
            destroyGil();
        }
        process.exit();
        gil.processGone();
    }

    /** 9ad58ac's _PyThreadState_DeleteExcept; gh-124878's SetShuttingDown + DeleteList. */
    private void releaseDaemonTstates(ThreadState firstDaemon) {
        if (build.refcountedTstate()) {
            for (ThreadState d = firstDaemon; d != null; d = d.next) {
                d.markShuttingDown(Site.MARK_SHUTTING_DOWN);
            }
            for (ThreadState d = firstDaemon; d != null; d = d.next) {
                d.decref(Site.DELETE_LIST_DECREF);
            }
        } else if (build.earlyDaemonTstateFree()) {
            for (ThreadState d = firstDaemon; d != null; d = d.next) {
                d.free(Site.EARLY_FREE);
            }
        }
    }

    /** zapthreads: every thread state still listed; the main one only if it is heap memory. */
    private void zapthreads(ThreadState main, ThreadState firstDaemon) {
        if (!build.refcountedTstate() && !build.earlyDaemonTstateFree()) {
            for (ThreadState d = firstDaemon; d != null; d = d.next) {
                d.free(Site.FREE_TSTATE);
            }
        }
        if (!build.interpStatic()) {
            main.free(Site.FREE_TSTATE);
        }
    }

    /**
     * destroy_gil, which Py_Finalize called until b0b384b (bpo-9901) while daemon threads might
     * still use the GIL; the order is the C function's: both mutexes, then both conditions.
     */
    private void destroyGil() {
        gil.mutex.destroy(Site.DESTROY_MUTEX, gil.cond::ghostAnyWaiting);
        gil.switchCond.mutex.destroy(Site.DESTROY_SWITCH_MUTEX, gil.switchCond::ghostAnyWaiter);
        gil.cond.destroy(Site.DESTROY_COND);
        gil.switchCond.destroy(Site.DESTROY_SWITCH_COND);
        gil.locked = -1;
    }
}
