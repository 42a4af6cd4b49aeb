package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.Step;

/**
 * The C accesses the port can report. Each is named by the model's step for the same C access
 * (chosen by hand, by meaning): sharing the step's name, and nothing else of the model, lets the
 * two checkers' findings be compared even when the model renames a function for an old commit.
 * An enum so that Lincheck's traces print the site's name.
 */
public enum Site {
    RESTORE_READ_TSTATE_INTERP(Step.RESTORE_READ_TSTATE_INTERP),
    RESTORE_READ_INTERP_RUNTIME(Step.RESTORE_READ_INTERP_RUNTIME),
    HELPER_READ_TSTATE_INTERP(Step.RESTORE_CHECK_READ_TSTATE_INTERP),
    HELPER_READ_INTERP_RUNTIME(Step.RESTORE_CHECK_READ_INTERP_RUNTIME),
    SAVE_READ_TSTATE_INTERP(Step.SAVE_READ_TSTATE),
    MUST_EXIT_READ_TSTATE_INTERP(Step.MUST_EXIT_READ_TSTATE_INTERP),
    MUST_EXIT_READ_INTERP_FINALIZING(Step.MUST_EXIT_READ_INTERP_FINALIZING),
    MUST_EXIT_READ_STATE(Step.MUST_EXIT_READ_STATE),
    HANG_DECREF(Step.HANG_DECREF),
    TAKE_READ_TSTATE_INTERP(Step.ENTRY_READ_TSTATE_INTERP),
    TAKE_READ_INTERP_RUNTIME(Step.ENTRY_READ_INTERP_RUNTIME),
    TAKE_LOCK(Step.TAKE_LOCK),
    TAKE_WAIT(Step.TAKE_WAIT),
    SET_DROP_REQUEST(Step.SET_DROP_REQUEST),
    WAIT_EXIT_RESET(Step.WAIT_EXIT_RESET),
    READY(Step.READY),
    RESET_DROP_REQUEST(Step.RESET_DROP_REQUEST),
    ASYNC_EXC(Step.ASYNC_EXC),
    BYTECODE(Step.BYTECODE),
    EVAL_BREAKER(Step.EVAL_BREAKER),
    MAIN_EVAL_BREAKER(Step.M_EVAL_BREAKER),
    DROP_RELEASE(Step.DROP_RELEASE),
    DROP_READ_REQUEST(Step.DROP_READ_REQUEST),
    DROP_SWITCH_LOCK(Step.DROP_SWITCH_LOCK),
    DROP_RESET_READ_TSTATE_INTERP(Step.DROP_RESET_READ_TSTATE_INTERP),
    DROP_RESET(Step.DROP_RESET),
    DROP_SWITCH_WAIT(Step.DROP_SWITCH_WAIT),
    /** The step a main thread stuck in the switch wait never reaches: where a hang is reported. */
    DROP_SWITCH_WAKE(Step.DROP_SWITCH_WAKE),
    TAKE_WAKE(Step.TAKE_WAKE_SIGNALLED),
    SET_INTERP_FINALIZING(Step.SET_INTERP_FINALIZING),
    MARK_SHUTTING_DOWN(Step.MARK_SHUTTING_DOWN),
    DELETE_LIST_DECREF(Step.DELETE_LIST_DECREF),
    EARLY_FREE(Step.EARLY_FREE),
    FREE_TSTATE(Step.FREE_TSTATE),
    FREE_INTERP(Step.FREE_INTERP),
    DESTROY_COND(Step.DESTROY_COND),
    DESTROY_MUTEX(Step.DESTROY_MUTEX),
    DESTROY_SWITCH_COND(Step.DESTROY_SWITCH_COND),
    DESTROY_SWITCH_MUTEX(Step.DESTROY_SWITCH_MUTEX);

    private final Step step;

    Site(Step step) {
        this.step = step;
    }

    public String key() {
        return step.function() + ": " + step.action();
    }
}
