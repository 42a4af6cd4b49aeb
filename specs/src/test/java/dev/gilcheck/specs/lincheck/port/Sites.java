package dev.gilcheck.specs.lincheck.port;

import dev.gilcheck.model.Step;

/** The C accesses the port can report, each named by the model step for the same access. */
final class Sites {
    private Sites() {
    }

    static final Site RESTORE_READ_TSTATE_INTERP = new Site(Step.RESTORE_READ_TSTATE_INTERP);
    static final Site RESTORE_READ_INTERP_RUNTIME = new Site(Step.RESTORE_READ_INTERP_RUNTIME);
    static final Site HELPER_READ_TSTATE_INTERP = new Site(Step.RESTORE_CHECK_READ_TSTATE_INTERP);
    static final Site HELPER_READ_INTERP_RUNTIME = new Site(Step.RESTORE_CHECK_READ_INTERP_RUNTIME);
    static final Site SAVE_READ_TSTATE_INTERP = new Site(Step.SAVE_READ_TSTATE);
    static final Site MUST_EXIT_READ_TSTATE_INTERP = new Site(Step.MUST_EXIT_READ_TSTATE_INTERP);
    static final Site MUST_EXIT_READ_INTERP_FINALIZING = new Site(Step.MUST_EXIT_READ_INTERP_FINALIZING);
    static final Site MUST_EXIT_READ_STATE = new Site(Step.MUST_EXIT_READ_STATE);
    static final Site HANG_DECREF = new Site(Step.HANG_DECREF);
    static final Site TAKE_READ_TSTATE_INTERP = new Site(Step.ENTRY_READ_TSTATE_INTERP);
    static final Site TAKE_READ_INTERP_RUNTIME = new Site(Step.ENTRY_READ_INTERP_RUNTIME);
    static final Site TAKE_LOCK = new Site(Step.TAKE_LOCK);
    static final Site TAKE_WAIT = new Site(Step.TAKE_WAIT);
    static final Site SET_DROP_REQUEST = new Site(Step.SET_DROP_REQUEST);
    static final Site WAIT_EXIT_RESET = new Site(Step.WAIT_EXIT_RESET);
    static final Site READY = new Site(Step.READY);
    static final Site RESET_DROP_REQUEST = new Site(Step.RESET_DROP_REQUEST);
    static final Site ASYNC_EXC = new Site(Step.ASYNC_EXC);
    static final Site BYTECODE = new Site(Step.BYTECODE);
    static final Site EVAL_BREAKER = new Site(Step.EVAL_BREAKER);
    static final Site MAIN_EVAL_BREAKER = new Site(Step.M_EVAL_BREAKER);
    static final Site DROP_RELEASE = new Site(Step.DROP_RELEASE);
    static final Site DROP_READ_REQUEST = new Site(Step.DROP_READ_REQUEST);
    static final Site DROP_SWITCH_LOCK = new Site(Step.DROP_SWITCH_LOCK);
    static final Site DROP_RESET_READ_TSTATE_INTERP = new Site(Step.DROP_RESET_READ_TSTATE_INTERP);
    static final Site DROP_RESET = new Site(Step.DROP_RESET);
    static final Site DROP_SWITCH_WAIT = new Site(Step.DROP_SWITCH_WAIT);
    /** The step a main thread stuck in the switch wait never reaches: where a hang is reported. */
    static final Site DROP_SWITCH_WAKE = new Site(Step.DROP_SWITCH_WAKE);
    static final Site TAKE_WAKE = new Site(Step.TAKE_WAKE_SIGNALLED);
    static final Site SET_INTERP_FINALIZING = new Site(Step.SET_INTERP_FINALIZING);
    static final Site MARK_SHUTTING_DOWN = new Site(Step.MARK_SHUTTING_DOWN);
    static final Site DELETE_LIST_DECREF = new Site(Step.DELETE_LIST_DECREF);
    static final Site EARLY_FREE = new Site(Step.EARLY_FREE);
    static final Site FREE_TSTATE = new Site(Step.FREE_TSTATE);
    static final Site FREE_INTERP = new Site(Step.FREE_INTERP);
    static final Site DESTROY_COND = new Site(Step.DESTROY_COND);
    static final Site DESTROY_MUTEX = new Site(Step.DESTROY_MUTEX);
    static final Site DESTROY_SWITCH_COND = new Site(Step.DESTROY_SWITCH_COND);
    static final Site DESTROY_SWITCH_MUTEX = new Site(Step.DESTROY_SWITCH_MUTEX);
}
