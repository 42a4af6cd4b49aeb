package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Machine;
import dev.gilcheck.checker.engine.Program;

/**
 * A thread created in C by an extension or an embedding application, calling into Python with
 * PyGILState_Ensure / PyGILState_Release each round. It has no thread state between rounds:
 * Ensure creates one (writing the interpreter's thread list without holding the GIL, before any
 * finalization check) and takes the GIL through PyEval_RestoreThread; Release clears it, unlinks
 * it, gives the GIL back and frees it directly (even with refcounted thread states, since it is
 * the thread's own). Read at 3.9 (pystate.c) and 3.12 to 3.14; before 3.9 the tstate is freed
 * before the GIL is dropped, which the model does not distinguish.
 */
final class CThread {
    private CThread() {
    }

    static Program program(World w, Toggles t, SourceMap src, ThreadApi api, int rounds) {
        Code c = new Code("C thread", w, t, src);
        Memory mem = new Memory(w, t);
        Label exit = c.label("exit");
        boolean guard = t.isOn(Toggle.ENSURE_HANGS_AFTER_FINI);
        Label hang = guard ? c.label("hang without a tstate") : null;
        for (int round = 1; round <= rounds; round++) {
            Label running = c.label("round " + round + ": GIL taken");
            Label finished = c.label("round " + round + ": Python done");
            Label released = c.label("round " + round + ": GIL released");
            if (guard) {
                c.step(Step.ENSURE_GUARD, m -> {
                    boolean cleared = m.isSet(w.autoInterpNull);
                    m.note(cleared ? "autoInterpreterState = NULL: hang" : "autoInterpreterState set: go on");
                    if (cleared) {
                        m.jump(hang);
                    }
                });
            }
            c.step(Step.ENSURE_NEW_TSTATE, m -> {
                if (autoInterpreterStateIsNull(m, w)) {
                    return;
                }
                mem.interp(m, "link the new tstate into interp->tstate_head");
                w.tstates[m.fiber()].allocate(m);
                m.set(w.listed[m.fiber()], true);
                m.set(w.shuttingDown[m.fiber()], createdShuttingDown(m, w, t));
                m.set(w.tstateRefs[m.fiber()], t.isOn(Toggle.REFCOUNTED_TSTATE) ? 2 : 0);
            });
            api.acquire(c, ThreadApi.Caller.RESTORE_THREAD, exit, running);
            c.place(running).step(Step.ENSURE_COUNTER, m -> mem.ownTstate(m, "++gilstate_counter"));
            api.runBytecode(c, exit, finished);
            c.place(finished).step(Step.RELEASE_CLEAR, m -> mem.ownTstate(m, "--gilstate_counter; clear"));
            c.step(Step.RELEASE_UNLINK, m -> {
                mem.interp(m, "unlink the tstate from interp->tstate_head");
                if (m.isSet(w.listed[m.fiber()])) {
                    m.set(w.listed[m.fiber()], false);
                } else {
                    m.note("finalization took it out of the list already");
                }
            });
            api.dropGilForDeleteCurrent(c, released);
            c.place(released).step(Step.RELEASE_FREE, m -> {
                mem.ownTstate(m, "free_threadstate");
                mem.free(m, m.fiber());
            });
        }
        c.end(Step.END_C_THREAD_DONE);
        if (guard) {
            c.place(hang).end(Step.END_HANGS);
        }
        api.exitTail(c, exit);
        return c.build();
    }

    /**
     * new_threadstate(runtime->gilstate.autoInterpreterState): once _PyGILState_Fini cleared it, the
     * new tstate's interpreter is NULL and new_threadstate dereferences it (gh-124619). Reported as a
     * use of the interpreter after finalization let it go, the nearest invariant; fatal.
     */
    private static boolean autoInterpreterStateIsNull(Machine m, World w) {
        if (!m.isSet(w.autoInterpNull)) {
            return false;
        }
        m.note("autoInterpreterState = NULL: new_threadstate dereferences a NULL interpreter");
        m.violate(Invariant.INTERP_USE_AFTER_FREE.id(), true);
        return true;
    }

    /**
     * Patch D: new_threadstate reads _PyRuntime._finalizing under HEAD_LOCK, the lock
     * _PyThreadState_RemoveExcept takes after finalizing is set, so the read and the link are one
     * step: a tstate linked before the removal is marked by finalization, one linked after it sees
     * the flag.
     */
    private static boolean createdShuttingDown(Machine m, World w, Toggles t) {
        if (!t.isOn(Toggle.NEW_TSTATE_SHUTTING_DOWN)) {
            return false;
        }
        boolean finalizing = m.isSet(w.finalizing);
        m.note(finalizing ? "_PyRuntime._finalizing is set: the new tstate starts SHUTTING_DOWN (patch D)"
                : "_PyRuntime._finalizing = NULL: the new tstate starts DETACHED");
        return finalizing;
    }
}
