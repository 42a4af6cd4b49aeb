package dev.gilcheck.specs.lincheck.port;

import dev.gilcheck.model.Invariant;
import java.util.List;

/**
 * Which findings the port can report at all: an invariant it checks, at a site it names. A
 * finding of the model outside this list is "not observable" by the port, however Lincheck
 * explores it.
 */
public final class PortVocabulary {
    private static final List<Site> MEMORY_ACCESSES = List.of(
            Sites.RESTORE_READ_TSTATE_INTERP, Sites.RESTORE_READ_INTERP_RUNTIME, Sites.HELPER_READ_TSTATE_INTERP,
            Sites.HELPER_READ_INTERP_RUNTIME, Sites.SAVE_READ_TSTATE_INTERP, Sites.MUST_EXIT_READ_TSTATE_INTERP,
            Sites.MUST_EXIT_READ_INTERP_FINALIZING, Sites.MUST_EXIT_READ_STATE, Sites.HANG_DECREF,
            Sites.TAKE_READ_TSTATE_INTERP, Sites.TAKE_READ_INTERP_RUNTIME, Sites.SET_DROP_REQUEST,
            Sites.WAIT_EXIT_RESET, Sites.RESET_DROP_REQUEST, Sites.ASYNC_EXC, Sites.BYTECODE, Sites.EVAL_BREAKER,
            Sites.MAIN_EVAL_BREAKER, Sites.DROP_READ_REQUEST, Sites.DROP_RESET_READ_TSTATE_INTERP, Sites.DROP_RESET,
            Sites.SET_INTERP_FINALIZING, Sites.MARK_SHUTTING_DOWN, Sites.DELETE_LIST_DECREF, Sites.EARLY_FREE,
            Sites.FREE_TSTATE, Sites.FREE_INTERP);
    private static final List<Site> SYNC_USES = List.of(
            Sites.TAKE_LOCK, Sites.TAKE_WAIT, Sites.DROP_RELEASE, Sites.READY, Sites.DROP_SWITCH_LOCK,
            Sites.DROP_SWITCH_WAIT, Sites.DESTROY_MUTEX, Sites.DESTROY_SWITCH_MUTEX, Sites.DESTROY_COND,
            Sites.DESTROY_SWITCH_COND);
    private static final List<Site> MAIN_WAITS = List.of(Sites.DROP_SWITCH_WAKE, Sites.TAKE_WAKE);

    private PortVocabulary() {
    }

    public static boolean canReport(String invariant, String siteKey) {
        Invariant inv = Invariant.byId(invariant);
        if (inv == null) {
            return false;
        }
        return switch (inv) {
            case TSTATE_USE_AFTER_FREE, INTERP_USE_AFTER_FREE -> names(MEMORY_ACCESSES, siteKey);
            case NO_BYTECODE_AFTER_FINALIZING, GIL_MUTUAL_EXCLUSION -> Sites.BYTECODE.key().equals(siteKey);
            case MAIN_THREAD_EXITS -> names(MAIN_WAITS, siteKey);
            case SYNC_OBJECT_LIFETIME -> names(SYNC_USES, siteKey);
        };
    }

    private static boolean names(List<Site> sites, String key) {
        return sites.stream().anyMatch(s -> s.key().equals(key));
    }
}
