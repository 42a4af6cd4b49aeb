package dev.gilcheck.reproduce;

import dev.gilcheck.model.Release;
import dev.gilcheck.model.SourceRow;
import dev.gilcheck.model.Step;

/**
 * For each modelled step, where a real thread stops just before it, on a CPython binary of a given
 * minor version. The stops are found by function and by access, not by line: -O3 moves and splits
 * lines, so a line's first address can lie after the access it names.
 *
 * <p>A run stops at the n-th occurrence of its stop's event, n counted from the steps of the run
 * that stop at the same event; so every step that the same event precedes must have that probe
 * (both of take_gil's MUTEX_LOCKs, both of drop_gil's before 3.13, every step after a
 * _PyThreadState_MustExit call since 3.11).
 */
final class StepProbes {
    private final int minor;
    private final Release release;

    /** Probes for CPython 3.{@code minor}; release (or null) gives lines where a stop needs one. */
    StepProbes(int minor, Release release) {
        this.minor = minor;
        this.release = release;
    }

    /** Where the thread stops before {@code step}; {@code freeOwner} names the thread whose state a free step frees. */
    Probe before(Step step, String freeOwner) {
        return switch (step) {
            case SET_FINALIZING -> Probe.breakAt("_PyRuntimeState_SetFinalizing", "_PyRuntimeState_SetFinalizing");
            case SET_INTERP_FINALIZING -> Probe.breakAt("_PyInterpreterState_SetFinalizing",
                    "_PyInterpreterState_SetFinalizing");
            case EARLY_FREE, FREE_TSTATE, DELETE_LIST_DECREF -> Probe.free(freeOwner);
            case FREE_INTERP -> Probe.free("interp");
            case PROCESS_EXIT -> Probe.breakAt("exit", "exit()");
            case END_EXITED -> Probe.breakAt("PyThread_exit_thread", "PyThread_exit_thread()");
            case ENTRY_CHECK, WAIT_CHECK, POST_CHECK -> minor >= 11 ? Probe.call("_PyThreadState_MustExit", "take_gil")
                    : Probe.breakAt("tstate_must_exit", "take_gil's inlined tstate_must_exit()");
            case ENTRY_READ_TSTATE_INTERP -> minor >= 11 ? afterMustExit() : Probe.access("take_gil", "interp", 0);
            case ENTRY_READ_INTERP_RUNTIME -> Probe.access("take_gil", "interp", 1);
            case MUST_EXIT_READ_TSTATE_INTERP -> Probe.access("_PyThreadState_MustExit", "interp", 0);
            case RESTORE_READ_TSTATE_INTERP -> Probe.access("PyEval_RestoreThread", "interp", 0);
            case DROP_RESET_READ_TSTATE_INTERP -> Probe.access("drop_gil", "interp", 0);
            case DROP_READ_REQUEST -> minor >= 13 ? Probe.access("drop_gil", "eval_breaker", 0)
                    : Probe.returnFrom("pthread_mutex_unlock", "drop_gil");
            case DROP_RELEASE -> Probe.call("pthread_mutex_lock", minor >= 13 ? "drop_gil_impl" : "drop_gil");
            case DROP_SWITCH_LOCK -> Probe.call("pthread_mutex_lock", "drop_gil");
            case DROP_SWITCH_WAIT -> Probe.call("pthread_cond_wait", "drop_gil");
            case DROP_SWITCH_WAKE -> Probe.park("drop_gil");
            case TAKE_LOCK, READY -> Probe.call("pthread_mutex_lock", "take_gil");
            case TAKE_WAIT -> Probe.call("pthread_cond_timedwait", "PyCOND_TIMEDWAIT");
            case TAKE_WAKE_SIGNALLED, TAKE_WAKE_TIMEOUT -> Probe.park("take_gil");
            case WAIT_EXIT_RESET -> Probe.returnFrom("pthread_mutex_unlock", "take_gil");
            case SET_DROP_REQUEST -> minor >= 11 ? afterMustExit()
                    : Probe.breakAt("SET_GIL_DROP_REQUEST", "the inlined SET_GIL_DROP_REQUEST()");
            case RESET_DROP_REQUEST -> minor >= 11 ? afterMustExit()
                    : Probe.breakAt("RESET_GIL_DROP_REQUEST", "the inlined RESET_GIL_DROP_REQUEST()");
            case WAIT_EXIT_UNLOCK, POST_EXIT_UNLOCK -> minor >= 11 ? afterMustExit() : line(step);
            default -> Probe.cannot(step.function() + ": " + step.action());
        };
    }

    /**
     * The first address of the step's line in the release's table: right only for a statement with
     * code of its own that runs only after the access before it (a branch on it), as the
     * MUTEX_UNLOCK after take_gil's inlined checks. (A line that only calls an inlined function has
     * no code: gdb would stop at the next line; such steps stop at the inlined function instead.)
     */
    private Probe line(Step step) {
        SourceRow row = release == null ? null : release.rows().get(step);
        if (row == null || !row.exact()) {
            return Probe.cannot(step.function() + ": " + step.action() + " (a stop there needs the release's line)");
        }
        String where = row.file() + ":" + row.lineNumber();
        return Probe.breakAt(where, where + " (" + row.function() + ")");
    }

    /**
     * Since 3.11 take_gil's checks are calls of _PyThreadState_MustExit, and every step that follows
     * one stops at its return: the same event, so that counting its occurrences in a run is right.
     */
    private static Probe afterMustExit() {
        return Probe.returnFrom("_PyThreadState_MustExit", "take_gil");
    }
}
