package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.DropRequestHome;
import dev.gilcheck.model.EntryDeref;
import dev.gilcheck.model.FinalRelease;
import dev.gilcheck.model.PostAcquireCheck;
import dev.gilcheck.model.Toggle;
import dev.gilcheck.model.Toggles;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one CPython build does, read from a strategy's toggles: each field is one change to the C
 * code (the toggle's commit), named for what the C code does, so the port branches on behaviour,
 * not on version numbers.
 */
public record Build(
        boolean restoreCheck,
        boolean evalLoopCheck,
        EntryDeref entryDeref,
        boolean entryCheck,
        PostAcquireCheck postAcquireCheck,
        boolean waitLoopCheck,
        boolean exitResetsOwnRequest,
        MustExitRule mustExitRule,
        boolean exitDropWithoutTstate,
        DropRequestHome dropRequestHome,
        boolean dropResetViaTstate,
        boolean hangInsteadOfExit,
        boolean refcountedTstate,
        boolean earlyDaemonTstateFree,
        boolean destroyGilAtFinalize,
        boolean interpStatic,
        FinalRelease finalRelease) {

    /** How tstate_must_exit / _PyThreadState_MustExit decides. */
    public enum MustExitRule { RUNTIME_POINTER, FALLS_BACK_TO_INTERP, TSTATE_STATE }

    /** The toggles {@link #of} reads; any other (a proposed patch, say) the port does not model. */
    private static final Set<Toggle> READ = EnumSet.of(Toggle.RESTORE_CHECK, Toggle.EVAL_LOOP_CHECK,
            Toggle.ENTRY_DEREF, Toggle.ENTRY_CHECK, Toggle.POST_ACQUIRE_CHECK, Toggle.WAIT_LOOP_CHECK,
            Toggle.EXIT_RESETS_OWN_REQUEST, Toggle.MUST_EXIT_READS_STATE, Toggle.MUST_EXIT_READS_INTERP,
            Toggle.EXIT_DROP_WITHOUT_TSTATE, Toggle.DROP_REQUEST_HOME, Toggle.DROP_RESET_VIA_TSTATE,
            Toggle.HANG_INSTEAD_OF_EXIT, Toggle.REFCOUNTED_TSTATE, Toggle.EARLY_DAEMON_TSTATE_FREE,
            Toggle.DESTROY_GIL_AT_FINALIZE, Toggle.INTERP_STATIC, Toggle.FINAL_RELEASE);

    /** Whether the port has the change {@code t} makes to the C code, so that a build can differ in it. */
    public static boolean models(Toggle t) {
        return READ.contains(t);
    }

    public static Build of(Toggles t) {
        return new Build(
                t.isOn(Toggle.RESTORE_CHECK),
                t.isOn(Toggle.EVAL_LOOP_CHECK),
                t.value(EntryDeref.class),
                t.isOn(Toggle.ENTRY_CHECK),
                t.value(PostAcquireCheck.class),
                t.isOn(Toggle.WAIT_LOOP_CHECK),
                t.isOn(Toggle.EXIT_RESETS_OWN_REQUEST),
                t.isOn(Toggle.MUST_EXIT_READS_STATE) ? MustExitRule.TSTATE_STATE
                        : t.isOn(Toggle.MUST_EXIT_READS_INTERP) ? MustExitRule.FALLS_BACK_TO_INTERP
                        : MustExitRule.RUNTIME_POINTER,
                t.isOn(Toggle.EXIT_DROP_WITHOUT_TSTATE),
                t.value(DropRequestHome.class),
                t.isOn(Toggle.DROP_RESET_VIA_TSTATE),
                t.isOn(Toggle.HANG_INSTEAD_OF_EXIT),
                t.isOn(Toggle.REFCOUNTED_TSTATE),
                t.isOn(Toggle.EARLY_DAEMON_TSTATE_FREE),
                t.isOn(Toggle.DESTROY_GIL_AT_FINALIZE),
                t.isOn(Toggle.INTERP_STATIC),
                t.value(FinalRelease.class));
    }

    /** The finalizing check before taking the GIL sits in the caller (eb4e2ae) ... */
    boolean entryCheckInCaller() {
        return entryCheck && entryDeref != EntryDeref.TAKE_GIL;
    }

    /** ... or is take_gil's first statement (85f5a69 on). */
    boolean entryCheckInTakeGil() {
        return entryCheck && entryDeref == EntryDeref.TAKE_GIL;
    }

    /** From 5a3a71d the GIL code reaches interp->ceval through tstate->interp (ceval2). */
    boolean cevalInInterp() {
        return dropRequestHome != DropRequestHome.RUNTIME;
    }
}
