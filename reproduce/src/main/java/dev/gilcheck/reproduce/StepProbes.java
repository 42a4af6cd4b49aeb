package dev.gilcheck.reproduce;

import dev.gilcheck.model.Step;

/**
 * For each modelled step, where a real thread stops just before it, on a CPython binary of a given
 * minor version. The stops are found by function and by access, not by line: -O3 moves and splits
 * lines, so a line's first address can lie after the access it names.
 */
final class StepProbes {
    private final int minor;

    /** Probes for CPython 3.{@code minor}. */
    StepProbes(int minor) {
        this.minor = minor;
    }

    /** Where the thread stops before {@code step}; {@code freeOwner} names the daemon a free step frees. */
    Probe before(Step step, String freeOwner) {
        return switch (step) {
            case SET_FINALIZING -> Probe.breakAt("_PyRuntimeState_SetFinalizing", "_PyRuntimeState_SetFinalizing");
            case SET_INTERP_FINALIZING -> Probe.breakAt("_PyInterpreterState_SetFinalizing",
                    "_PyInterpreterState_SetFinalizing");
            case EARLY_FREE, FREE_TSTATE, DELETE_LIST_DECREF -> freeOwner == null
                    ? Probe.cannot("a free of the main thread's own thread state") : Probe.free(freeOwner);
            case ENTRY_CHECK -> Probe.breakAt("take_gil", "take_gil");
            case ENTRY_READ_TSTATE_INTERP -> minor >= 11 ? afterMustExit() : Probe.access("take_gil", "interp", 0);
            case ENTRY_READ_INTERP_RUNTIME -> Probe.access("take_gil", "interp", 1);
            case MUST_EXIT_READ_TSTATE_INTERP -> Probe.access("_PyThreadState_MustExit", "interp", 0);
            case RESTORE_READ_TSTATE_INTERP -> Probe.access("PyEval_RestoreThread", "interp", 0);
            case DROP_RESET_READ_TSTATE_INTERP -> Probe.access("drop_gil", "interp", 0);
            case DROP_READ_REQUEST -> minor >= 13 ? Probe.access("drop_gil", "eval_breaker", 0)
                    : Probe.cannot("drop_gil's read of the interpreter's drop request");
            case DROP_RELEASE -> Probe.breakAt("drop_gil", "drop_gil");
            case DROP_SWITCH_LOCK -> Probe.call("pthread_mutex_lock", "drop_gil");
            case DROP_SWITCH_WAKE -> Probe.park("drop_gil");
            case TAKE_LOCK -> Probe.call("pthread_mutex_lock", "take_gil");
            case TAKE_WAIT -> Probe.call("pthread_cond_timedwait", "PyCOND_TIMEDWAIT");
            case TAKE_WAKE_SIGNALLED, TAKE_WAKE_TIMEOUT -> Probe.park("take_gil");
            case WAIT_EXIT_RESET -> Probe.returnFrom("pthread_mutex_unlock", "take_gil");
            case SET_DROP_REQUEST, WAIT_EXIT_UNLOCK, POST_EXIT_UNLOCK, RESET_DROP_REQUEST -> minor >= 11
                    ? afterMustExit() : Probe.cannot("take_gil just after its inlined tstate_must_exit()");
            case WAIT_CHECK, POST_CHECK -> minor >= 11 ? Probe.call("_PyThreadState_MustExit", "take_gil")
                    : Probe.cannot("take_gil's inlined tstate_must_exit()");
            default -> Probe.cannot(step.function() + ": " + step.action());
        };
    }

    /**
     * Since 3.11 take_gil's checks are calls of _PyThreadState_MustExit, and every step that follows
     * one stops at its return: the same event, so that counting its occurrences in a run is right.
     */
    private static Probe afterMustExit() {
        return Probe.returnFrom("_PyThreadState_MustExit", "take_gil");
    }
}
