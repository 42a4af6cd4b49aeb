package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.Invariant;
import java.util.List;

/**
 * Which findings the port can report at all: an invariant it checks, at a site it names. A
 * finding of the model outside this list is "not observable" by the port, however Lincheck
 * explores it.
 */
public final class PortVocabulary {
    private static final List<Site> MEMORY_ACCESSES = List.of(
            Site.RESTORE_READ_TSTATE_INTERP, Site.RESTORE_READ_INTERP_RUNTIME, Site.HELPER_READ_TSTATE_INTERP,
            Site.HELPER_READ_INTERP_RUNTIME, Site.SAVE_READ_TSTATE_INTERP, Site.MUST_EXIT_READ_TSTATE_INTERP,
            Site.MUST_EXIT_READ_INTERP_FINALIZING, Site.MUST_EXIT_READ_STATE, Site.HANG_DECREF,
            Site.TAKE_READ_TSTATE_INTERP, Site.TAKE_READ_INTERP_RUNTIME, Site.SET_DROP_REQUEST,
            Site.WAIT_EXIT_RESET, Site.RESET_DROP_REQUEST, Site.ASYNC_EXC, Site.BYTECODE, Site.EVAL_BREAKER,
            Site.MAIN_EVAL_BREAKER, Site.DROP_READ_REQUEST, Site.DROP_RESET_READ_TSTATE_INTERP, Site.DROP_RESET,
            Site.SET_INTERP_FINALIZING, Site.MARK_SHUTTING_DOWN, Site.DELETE_LIST_DECREF, Site.EARLY_FREE,
            Site.FREE_TSTATE, Site.FREE_INTERP);
    private static final List<Site> SYNC_USES = List.of(
            Site.TAKE_LOCK, Site.TAKE_WAIT, Site.DROP_RELEASE, Site.READY, Site.DROP_SWITCH_LOCK,
            Site.DROP_SWITCH_WAIT, Site.DESTROY_MUTEX, Site.DESTROY_SWITCH_MUTEX, Site.DESTROY_COND,
            Site.DESTROY_SWITCH_COND);
    private static final List<Site> MAIN_WAITS = List.of(Site.DROP_SWITCH_WAKE, Site.TAKE_WAKE);

    private PortVocabulary() {
    }

    public static boolean canReport(String invariant, String siteKey) {
        Invariant inv = Invariant.byId(invariant);
        if (inv == null) {
            return false;
        }
        return switch (inv) {
            case TSTATE_USE_AFTER_FREE, INTERP_USE_AFTER_FREE -> names(MEMORY_ACCESSES, siteKey);
            case NO_BYTECODE_AFTER_FINALIZING, GIL_MUTUAL_EXCLUSION -> Site.BYTECODE.key().equals(siteKey);
            case MAIN_THREAD_EXITS -> names(MAIN_WAITS, siteKey);
            case SYNC_OBJECT_LIFETIME -> names(SYNC_USES, siteKey);
        };
    }

    private static boolean names(List<Site> sites, String key) {
        return sites.stream().anyMatch(s -> s.key().equals(key));
    }
}
