package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.EntryDeref;
import dev.gilcheck.model.Invariant;

/**
 * The callers of take_gil/drop_gil in Python/ceval.c: PyEval_RestoreThread (Py_END_ALLOW_THREADS),
 * PyEval_SaveThread (Py_BEGIN_ALLOW_THREADS) and the eval loop's hand-off on a drop request.
 */
final class Ceval {
    private final Build build;
    private final GilState gil;
    private final CevalGil cevalGil;
    private final DropRequest request;
    private final MustExit mustExit;
    private final PyRuntime runtime;
    private final Process process;

    Ceval(Build build, GilState gil, CevalGil cevalGil, DropRequest request, MustExit mustExit, PyRuntime runtime,
          Process process) {
        this.build = build;
        this.gil = gil;
        this.cevalGil = cevalGil;
        this.request = request;
        this.mustExit = mustExit;
        this.runtime = runtime;
        this.process = process;
    }

    /**
     * PyEval_RestoreThread. 01b1cc1 follows tstate->interp->runtime before anything else; eb4e2ae
     * checks _PyRuntime first and then follows it; 0d5e52d checks after take_gil and leaves
     * through drop_gil. The GIL can be missing only where Py_Finalize destroys it (before b0b384b).
     */
    void restoreThread(ThreadState ts) {
        if (build.entryDeref() == EntryDeref.RESTORE_THREAD) {
            if (build.entryCheckInCaller() && mustExit.runtimeSaysExit(ts)) {
                mustExit.leave(ts);
            }
            ts.readInterp(Site.RESTORE_READ_TSTATE_INTERP).readRuntime(Site.RESTORE_READ_INTERP_RUNTIME);
        }
        if (!build.destroyGilAtFinalize() || gilCreated()) {
            cevalGil.take(ts);
        }
        if (build.restoreCheck()) {
            exitIfFinalizing(ts);
        }
    }

    /** PyEval_SaveThread: from 5a3a71d it finds interp->ceval through tstate (the GIL still held). */
    void saveThread(ThreadState ts) {
        if (build.cevalInInterp()) {
            ts.readInterp(Site.SAVE_READ_TSTATE_INTERP);
        }
        cevalGil.drop(ts);
    }

    /**
     * A daemon's Python code between two blocking calls: one instruction, the eval breaker, and
     * one more instruction if the GIL was handed over and taken back.
     */
    void runBytecode(ThreadState ts) {
        bytecode(ts);
        if (handOffIfAsked(ts, Site.EVAL_BREAKER)) {
            bytecode(ts);
        }
    }

    /**
     * The eval loop on a drop request: drop_gil, then take_gil again; eb4e2ae checks between the
     * two, 17548dd (3.4.2) / f781d20 after. Returns whether the GIL was handed over.
     */
    boolean handOffIfAsked(ThreadState ts, Site breakerSite) {
        if (!request.evalBreakerSet(ts, breakerSite)) {
            return false;
        }
        cevalGil.drop(ts);
        if (build.entryCheckInCaller() && mustExit.runtimeSaysExit(ts)) {
            mustExit.leave(ts);
        }
        cevalGil.take(ts);
        if (build.evalLoopCheck()) {
            exitIfFinalizing(ts);
        }
        return true;
    }

    /** exit_thread_if_finalizing, GIL held: 01b1cc1's version finds the runtime through tstate. */
    private void exitIfFinalizing(ThreadState ts) {
        if (build.entryDeref() == EntryDeref.RESTORE_THREAD) {
            ts.readInterp(Site.HELPER_READ_TSTATE_INTERP).readRuntime(Site.HELPER_READ_INTERP_RUNTIME);
        }
        if (mustExit.runtimeSaysExit(ts)) {
            cevalGil.drop(ts);
            mustExit.leave(ts);
        }
    }

    /** The invariant's view, not a C access: the GIL is locked and this thread took it last. */
    private boolean ghostHoldsGil(ThreadState ts) {
        return gil.locked == 1 && gil.lastHolder == ts;
    }

    private boolean ghostFinalizing() {
        return runtime.finalizing != null;
    }

    /** gil_created(): gil->locked >= 0; a destroyed GIL reads -1. */
    private boolean gilCreated() {
        return gil.locked >= 0;
    }

    /**
     * One bytecode instruction of a daemon thread: reaches its frame through tstate, one step;
     * the invariants are checked in the state of that step. The non-fatal checks come first so
     * that, silenced, they let the fatal one still be seen.
     */
    private void bytecode(ThreadState ts) {
        boolean freed = ts.freedNow();
        if (!ghostHoldsGil(ts)) {
            process.report(new ProtocolViolation(Invariant.GIL_MUTUAL_EXCLUSION.id(), Site.BYTECODE, false,
                    ts.owner + " runs without holding the GIL"));
        }
        if (ghostFinalizing()) {
            process.report(new ProtocolViolation(Invariant.NO_BYTECODE_AFTER_FINALIZING.id(), Site.BYTECODE,
                    false, ts.owner + " runs Python code during finalization"));
        }
        if (freed) {
            ts.reportFreed(Site.BYTECODE);
        }
    }
}
