package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Label;

/**
 * The C API around take_gil and drop_gil that a Python thread goes through: PyEval_RestoreThread
 * (Py_END_ALLOW_THREADS), PyEval_SaveThread (Py_BEGIN_ALLOW_THREADS), and the eval loop, which runs bytecode and gives the GIL away when another thread asks for it.
 */
final class ThreadApi {
    /** Who takes the GIL: the checks around take_gil differ per caller until they moved inside it. */
    enum Caller { RESTORE_THREAD, EVAL_LOOP }

    private final World w;
    private final Toggles t;
    private final Memory mem;
    private final DropRequest req;
    private final FinalizingCheck check;
    private final Gil gil;

    ThreadApi(World w, Toggles t, Memory mem, DropRequest req, FinalizingCheck check, Gil gil) {
        this.w = w;
        this.t = t;
        this.mem = mem;
        this.req = req;
        this.check = check;
        this.gil = gil;
    }

    /** Takes the GIL the way {@code caller} does; jumps to {@code done} holding it, or to {@code exit}. */
    void acquire(Code c, Caller caller, Label exit, Label done) {
        if (caller == Caller.RESTORE_THREAD) {
            gilCreated(c, done);
        }
        if (t.isOn(Toggle.ENTRY_CHECK) && !t.is(EntryDeref.TAKE_GIL)) {
            check.mustExit(c, Step.ENTRY_CHECK, exit, null); // eb4e2ae: in the caller; from 85f5a69 in take_gil
        }
        boolean restoreDeref = t.is(EntryDeref.RESTORE_THREAD);
        if (restoreDeref && caller != Caller.EVAL_LOOP) {
            c.step(Step.RESTORE_READ_TSTATE_INTERP, m -> mem.ownTstate(m, "read tstate->interp"));
            c.step(Step.RESTORE_READ_INTERP_RUNTIME, m -> mem.interp(m, "runtime = interp->runtime"));
        }
        Toggle after = switch (caller) {
            case RESTORE_THREAD -> Toggle.RESTORE_CHECK;
            case EVAL_LOOP -> Toggle.EVAL_LOOP_CHECK;
        };
        if (!t.isOn(after)) {
            gil.takeGil(c, exit, done);
            return;
        }
        Label taken = c.label("take_gil returned");
        gil.takeGil(c, exit, taken);
        c.place(taken);
        if (restoreDeref) {
            c.step(Step.RESTORE_CHECK_READ_TSTATE_INTERP, m -> mem.ownTstate(m, "read tstate->interp"));
            c.step(Step.RESTORE_CHECK_READ_INTERP_RUNTIME, m -> mem.interp(m, "runtime = interp->runtime"));
        }
        Step read = switch (caller) {
            case RESTORE_THREAD -> Step.RESTORE_CHECK;
            case EVAL_LOOP -> Step.EVAL_CHECK;
        };
        c.ifThen((yes, no) -> check.mustExit(c, read, yes, no), () -> gil.dropGil(c, true, exit));
        c.goTo(done);
    }

    /**
     * gil_created(): before bpo-9901 finalization could destroy the GIL, and PyEval_RestoreThread /
     * PyEval_SaveThread then skip take_gil / drop_gil (jump to {@code skip}). While the GIL is never
     * destroyed the read always answers yes and is not modelled.
     */
    private void gilCreated(Code c, Label skip) {
        if (t.isOn(Toggle.DESTROY_GIL_AT_FINALIZE)) {
            c.step(Step.GIL_CREATED, m -> {
                if (w.shared.isSet(m, w.gilDestroyed)) {
                    m.note("gil->locked = -1: no GIL any more, go on without it");
                    m.jump(skip);
                }
            });
        }
    }

    /** PyEval_SaveThread: jumps to {@code done} with the GIL released. */
    void save(Code c, Label done) {
        gilCreated(c, done);
        if (!req.inRuntimeOnly()) {
            c.step(Step.SAVE_READ_TSTATE, m -> mem.ownTstate(m, "read tstate->interp (ceval2)"));
        }
        gil.dropGil(c, true, done);
    }

    /**
     * The GIL release inside _PyThreadState_DeleteCurrent; jumps to {@code done}. Up to 3.11 it is
     * drop_gil(tstate); from 3.12 on it is the same kind of final release as the main thread's at the
     * end of finalization, without FORCE_SWITCHING.
     */
    void dropGilForDeleteCurrent(Code c, Label done) {
        gil.dropGil(c, t.is(FinalRelease.NONE), done);
    }

    /**
     * The eval loop of a daemon or C thread holding the GIL: runs bytecode, and on a drop request
     * gives the GIL away and takes it back. Jumps to {@code done} when the Python code is done.
     */
    void runBytecode(Code c, Label exit, Label done) {
        Label top = c.label("eval loop");
        c.place(top).step(Step.BYTECODE, m -> {
            mem.ownTstate(m, "tstate->frame");
            int other = w.otherGilHolder(m);
            if (!m.isSet(w.holdsGil[m.fiber()]) || other >= 0) {
                m.note(other >= 0 ? "%s holds the GIL too" : "runs without the GIL", other >= 0 ? w.name(other) : "");
                m.violate(Invariant.GIL_MUTUAL_EXCLUSION.id(), false);
            }
            if (m.isSet(w.finalizing)) {
                m.note("finalizing is set: Python code runs during finalization");
                m.violate(Invariant.NO_BYTECODE_AFTER_FINALIZING.id(), false);
            }
        });
        serviceDropRequest(c, Step.EVAL_BREAKER, exit, top, done);
    }

    /**
     * An eval-breaker check: on a drop request, drop_gil and take the GIL back through the eval loop
     * (then jump to {@code again}); without one, jump to {@code done}.
     */
    void serviceDropRequest(Code c, Step read, Label exit, Label again, Label done) {
        c.step(read, m -> {
            if (!req.readByHolder(m)) {
                m.jump(done);
            }
        });
        Label dropped = c.label("eval loop: GIL dropped");
        gil.dropGil(c, true, dropped);
        c.place(dropped);
        acquire(c, Caller.EVAL_LOOP, exit, again);
    }

    /** Where a thread goes when it must exit: PyThread_exit_thread, or hanging from 3.14. */
    void exitTail(Code c, Label exit) {
        c.place(exit);
        if (!t.isOn(Toggle.HANG_INSTEAD_OF_EXIT)) {
            c.end(Step.END_EXITED);
            return;
        }
        if (t.isOn(Toggle.REFCOUNTED_TSTATE)) {
            c.step(Step.HANG_DECREF, m -> mem.releaseTstate(m, m.fiber()));
        }
        c.end(Step.END_HANGS);
    }
}
