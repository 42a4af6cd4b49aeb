package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Machine;

/**
 * "Must this thread exit?": tstate_must_exit (3.9 to 3.11), _PyThreadState_MustExit (3.12 on),
 * exit_thread_if_finalizing and the inline checks before them. The answer is yes when finalizing is
 * set by another thread than the caller; only the main thread finalizes in this model.
 */
final class FinalizingCheck {
    private final World w;
    private final Toggles t;
    private final Memory mem;

    FinalizingCheck(World w, Toggles t, Memory mem) {
        this.w = w;
        this.t = t;
        this.mem = mem;
    }

    /**
     * Emits the check as the strategy reads it; {@code read} is the step that reads the runtime flag.
     * Jumps to {@code yes} when the thread must exit, else to {@code no} (or falls through when null).
     */
    void mustExit(Code c, Step read, Label yes, Label no) {
        Label mayRun = no != null ? no : c.label("may run");
        if (t.isOn(Toggle.MUST_EXIT_READS_STATE)) {
            c.step(Step.MUST_EXIT_READ_STATE, m -> {
                mem.ownTstate(m, "read tstate->state");
                decide(m, m.isSet(w.shuttingDown[m.fiber()]), "SHUTTING_DOWN", yes, mayRun);
            });
        } else if (t.isOn(Toggle.MUST_EXIT_READS_INTERP)) {
            c.step(read, m -> {
                if (m.isSet(w.finalizing)) {
                    decide(m, true, "_PyRuntime._finalizing", yes, mayRun);
                } else {
                    m.note("_PyRuntime._finalizing = NULL: look at the interpreter");
                }
            });
            c.step(Step.MUST_EXIT_READ_TSTATE_INTERP, m -> mem.ownTstate(m, "interp = tstate->interp"));
            c.step(Step.MUST_EXIT_READ_INTERP_FINALIZING, m -> {
                mem.interp(m, "read interp->_finalizing");
                decide(m, m.isSet(w.interpFinalizing), "interp->_finalizing", yes, mayRun);
            });
        } else {
            c.step(read, m -> decide(m, m.isSet(w.finalizing), "_PyRuntime._finalizing", yes, mayRun));
        }
        if (no == null) {
            c.place(mayRun);
        }
    }

    private void decide(Machine m, boolean set, String flag, Label yes, Label no) {
        boolean exit = set && m.fiber() != 0;
        if (!set) {
            m.note("%s not set: go on", flag);
        } else {
            m.note(exit ? "%s set by M: this thread must exit" : "%s set by this thread: go on", flag);
        }
        m.jump(exit ? yes : no);
    }
}
