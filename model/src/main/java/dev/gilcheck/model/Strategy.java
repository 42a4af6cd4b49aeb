package dev.gilcheck.model;

import dev.gilcheck.checker.engine.BadInputException;
import java.util.StringJoiner;

/**
 * The historical CPython versions, each a named set of toggles with the commit it mirrors: the
 * revision whose lines the source map gives. Each constant's comment says what was read, and where
 * the commit itself could not be opened, which revision was read instead.
 */
public enum Strategy {
    /** Parent of b0b384b: destroy_gil and its call in Py_Finalize read at b0b384b^ (history [R]); the
     * rest of ceval_gil.h from a 2010 3.2-dev copy, pythonrun.c and ceval.c as at v3.2 (nearest read). */
    PRE_BPO_9901("pre-bpo-9901", "b0b384b7c0333bf1183cd6f90c0a3f9edaadd6b9^", "https://bugs.python.org/issue9901",
            "3.2 development before bpo-9901: Py_Finalize destroys the GIL's mutexes and conditions",
            Toggles.none().on(Toggle.DESTROY_GIL_AT_FINALIZE)),
    /** v3.2 (history [R:v3.2]; take_gil/drop_gil/RestoreThread identical to 0d5e52d's parent). */
    NO_CHECK("no-check", "v3.2", "https://bugs.python.org/issue1856",
            "3.2 (and 2.7 after the bpo-21963 revert): daemon threads keep running during finalization",
            Toggles.none()),
    /** 0d5e52d: ceval.c and pythonrun.c as read by history [R:0d5e52]; ceval_gil.h unchanged from v3.2. */
    PITROU_2011("pitrou-2011", "0d5e52d3469a310001afe50689f77ddba6d554d1", "https://bugs.python.org/issue1856",
            "PyEval_RestoreThread exits a daemon thread that re-takes the GIL during finalization",
            Toggles.none().on(Toggle.RESTORE_CHECK)),
    /** f781d20 (history [R:f781d2]); the eval-loop check it relies on dates from 3.4.2 (17548dd). */
    BPO_36475("bpo-36475", "f781d202a2382731b43bade845a58d28a02e9ea1", "https://bugs.python.org/issue36475",
            "the eval loop (since 3.4.2), PyEval_AcquireThread and PyEval_AcquireLock exit the same way",
            PITROU_2011.toggles.on(Toggle.EVAL_LOOP_CHECK)),
    /** 01b1cc1: ceval.c as read by history [R:01b1cc]; ceval_gil.h lines carried from f781d20. */
    BPO_36710_REGRESSION("bpo-36710-regression", "01b1cc12e7c6a3d6a3d27ba7c731687d57aae92a",
            "https://bugs.python.org/issue39877",
            "PyEval_RestoreThread reads tstate->interp->runtime first: a dangling pointer after finalization",
            BPO_36475.toggles.with(EntryDeref.RESTORE_THREAD)),
    /** eb4e2ae: ceval.c and ceval_gil.h as read by history [R:eb4e2a]. */
    FIX1_EB4E2AE("fix1-eb4e2ae", "eb4e2ae2b8486e8ee4249218b95d94a9f0cc513e", "https://bugs.python.org/issue39877",
            "the exit check reads _PyRuntime directly and runs before take_gil; no check after it",
            Toggles.none().with(EntryDeref.RESTORE_THREAD).on(Toggle.ENTRY_CHECK)),
    /** 9229eee: take_gil as read by history [R:9229ee]; confirmed against a copy of the next days. */
    FIX2_9229EEE("fix2-9229eee", "9229eeee105f19705f72e553cf066751ac47c7b7", "https://bugs.python.org/issue39877",
            "take_gil checks on entry and again once the GIL is taken (after reading tstate->async_exc)",
            Toggles.none().with(EntryDeref.TAKE_GIL).on(Toggle.ENTRY_CHECK)
                    .with(PostAcquireCheck.AFTER_UNLOCK)),
    /** 9ad58ac: pylifecycle.c as read by history [R:9ad58a]; the daemon side is fix 2's. */
    BPO_19466("bpo-19466", "9ad58acbe8b90b4d0f2d2e139e38bb5aa32b7fb6", "https://bugs.python.org/issue19466",
            "fix 2 plus: the daemon thread states are freed right after finalizing is set",
            FIX2_9229EEE.toggles.on(Toggle.EARLY_DAEMON_TSTATE_FREE)),
    /** 29356e0: take_gil as read by history [R:29356e]. */
    FIX3_29356E0("fix3-29356e0", "29356e03d4f8800b04f799efe7a10e3ce8b16f61", "https://bugs.python.org/issue39877",
            "when the thread must exit, take_gil no longer reads tstate->async_exc",
            BPO_19466.toggles.with(PostAcquireCheck.BEFORE_ASYNC_EXC)),
    /** a36adfa: Python/ceval_gil.h read at this very commit (python/cpython is stored there);
     * ceval.c and pylifecycle.c from history [R:a36adf]. */
    FIX4_A36ADFA("fix4-a36adfa", "a36adfa6bbf5e612a4d4639124502135690899b8", "https://bugs.python.org/issue39877",
            "a third check in take_gil's wait loop, before setting the drop request",
            BPO_19466.toggles.with(PostAcquireCheck.AFTER_READY).on(Toggle.WAIT_LOOP_CHECK)
                    .with(DropRequestHome.INTERP_BREAKER)),
    /** v3.9.0 (history [R:v3.9.0], confirmed line by line against same-era copies). */
    PY39("py39", "v3.9.0", "https://bugs.python.org/issue40010",
            "fix 4 plus da2914d: the drop request lives in the interpreter and drop_gil resets it through"
                    + " tstate->interp",
            FIX4_A36ADFA.toggles.with(DropRequestHome.INTERP).on(Toggle.DROP_RESET_VIA_TSTATE)),
    /** v3.10.13, read as v3.10.4 plus the gh-96387 backport (its line table: releases/3.10.13.tsv). */
    PY310("py310", "v3.10.13", "https://github.com/python/cpython/issues/96387",
            "py39 plus the gh-96387 backport: a thread leaving take_gil's wait loop to exit resets the drop"
                    + " request it set, after unlocking gil->mutex",
            PY39.toggles.on(Toggle.EXIT_RESETS_OWN_REQUEST)),
    /** v3.11.7 (releases/3.11.7.tsv): 3.11.2's source with the gh-108987 backport (_PyThreadState_MustExit,
     * which in 3.11 reads only _PyRuntime). */
    PY311("py311", "v3.11.7", "https://github.com/python/cpython/issues/108987",
            "py310 with a static main interpreter and main thread state; take_gil checks through"
                    + " _PyThreadState_MustExit, which reads only the runtime flag",
            PY310.toggles.on(Toggle.INTERP_STATIC).on(Toggle.THREAD_RUN_CHECK)),
    /** Read at 3.12.5 (pristine ceval_gil.c of a 3.12.5 fork; pylifecycle.c from history). */
    PY312("py312", "v3.12.5", "https://github.com/python/cpython/issues/110052",
            "_PyThreadState_MustExit falls back to tstate->interp; the main thread releases the GIL at the"
                    + " very end, after the daemon tstates were freed",
            PY39.toggles.on(Toggle.EXIT_RESETS_OWN_REQUEST).on(Toggle.MUST_EXIT_READS_INTERP).on(Toggle.THREAD_RUN_CHECK)
                    .on(Toggle.INTERP_STATIC).with(FinalRelease.NULL_TSTATE)),
    /** Read in the v3.13.5 release tarball; unchanged in these paths until 3.13.15, which hangs
     * instead of exiting (the gh-87135 backport). */
    PY313("py313", "v3.13.5", "https://github.com/python/cpython/issues/124878",
            "the drop request is a bit in the holder's tstate; drop_gil reads its own tstate after giving"
                    + " the GIL away",
            PY312.toggles.with(DropRequestHome.HOLDER_TSTATE).off(Toggle.DROP_RESET_VIA_TSTATE)
                    .on(Toggle.EXIT_DROP_WITHOUT_TSTATE).with(FinalRelease.OWN_TSTATE)),
    /** Read on the 3.14 branch: ceval_gil.c at python/cpython@adeee1bd (main just after the branch
     * point), pystate.c and pylifecycle.c in a 3.14.0b4+ fork. */
    PY314("py314", "adeee1bdb2dea830d85e8d52f2c7cf09e2d3380c", "https://github.com/python/cpython/issues/87135",
            "refcounted thread states marked shutting down; threads hang instead of exiting",
            PY313.toggles.off(Toggle.MUST_EXIT_READS_INTERP).on(Toggle.MUST_EXIT_READS_STATE)
                    .on(Toggle.HANG_INSTEAD_OF_EXIT).on(Toggle.REFCOUNTED_TSTATE).on(Toggle.ENSURE_HANGS_AFTER_FINI));

    private final String id;
    private final String commit;
    private final String bug;
    private final String summary;
    private final Toggles toggles;

    Strategy(String id, String commit, String bug, String summary, Toggles toggles) {
        this.id = id;
        this.commit = commit;
        this.bug = bug;
        this.summary = summary;
        this.toggles = toggles;
    }

    public String id() {
        return id;
    }

    /** The CPython commit or tag this strategy mirrors. */
    public String commit() {
        return commit;
    }

    /** Short form of the commit for labels: 7 hex digits, or the tag. */
    public String shortCommit() {
        return commit.matches("[0-9a-f]{40}.*") ? commit.substring(0, 7) + commit.substring(40) : commit;
    }

    /** The bug report this version answers (or introduced). */
    public String bug() {
        return bug;
    }

    public String summary() {
        return summary;
    }

    public Toggles toggles() {
        return toggles;
    }

    public static Strategy byId(String id) {
        for (Strategy s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        StringJoiner j = new StringJoiner(", ");
        for (Strategy s : values()) {
            j.add(s.id);
        }
        throw new BadInputException("unknown strategy '" + id + "'; valid strategies: " + j);
    }
}
