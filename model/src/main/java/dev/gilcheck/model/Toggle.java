package dev.gilcheck.model;

import dev.gilcheck.checker.engine.BadInputException;
import java.util.List;

/**
 * One modelled change to CPython: where a thread checks for finalization, where the drop request
 * lives, what finalization frees and when. A strategy is a named set of toggle values; any
 * combination can also be checked on its own.
 */
public enum Toggle {
    RESTORE_CHECK("restore-check", "0d5e52d",
            "PyEval_RestoreThread checks finalizing after take_gil, then drops the GIL and exits the thread"),
    EVAL_LOOP_CHECK("eval-loop-check", "17548dd",
            "the eval loop checks finalizing after re-taking the GIL on a drop request"),
    ENTRY_DEREF("entry-deref", "01b1cc1",
            "where the re-acquire path reads tstate->interp (and interp->runtime) before taking the GIL:"
                    + " nowhere; first thing in PyEval_RestoreThread/AcquireThread (01b1cc1, eb4e2ae);"
                    + " in take_gil, right after its entry check (85f5a69 on)",
            EntryDeref.class),
    ENTRY_CHECK("entry-check", "eb4e2ae",
            "check finalizing before taking the GIL and exit without it (inside take_gil from 85f5a69)"),
    POST_ACQUIRE_CHECK("post-acquire-check", "9229eee",
            "take_gil's own check once the GIL is taken: none; after-unlock (fix 2, after reading"
                    + " tstate->async_exc); before-async-exc (fix 3); after-ready (fix 4)",
            PostAcquireCheck.class),
    WAIT_LOOP_CHECK("wait-loop-check", "a36adfa",
            "take_gil's wait loop checks finalizing before setting the drop request (fix 4)"),
    EXIT_RESETS_OWN_REQUEST("exit-resets-own-request", "gh-96387",
            "a thread leaving the wait loop to exit first resets the drop request it set"),
    MUST_EXIT_READS_INTERP("must-exit-reads-interp", "gh-108987",
            "_PyThreadState_MustExit falls back to tstate->interp->_finalizing while the runtime flag is unset"),
    MUST_EXIT_READS_STATE("must-exit-reads-state", "gh-124878",
            "_PyThreadState_MustExit reads tstate->state == SHUTTING_DOWN instead of the runtime flag"),
    EXIT_DROP_WITHOUT_TSTATE("exit-drop-without-tstate", "gh-112175",
            "take_gil's exit path calls drop_gil with NULL, so it never touches the exiting tstate"),
    DROP_REQUEST_HOME("drop-request-home", "5a3a71d",
            "where SET_GIL_DROP_REQUEST writes: runtime globals; also interp->ceval.eval_breaker"
                    + " (interp-breaker); interp->ceval only (interp); the GIL holder's tstate (holder-tstate)",
            DropRequestHome.class),
    DROP_RESET_VIA_TSTATE("drop-reset-via-tstate", "da2914d",
            "drop_gil's FORCE_SWITCHING block resets the request through tstate->interp"),
    HANG_INSTEAD_OF_EXIT("hang-instead-of-exit", "8cc5aa4",
            "a thread that must not run hangs for ever (PyThread_hang_thread) instead of exiting"),
    REFCOUNTED_TSTATE("refcounted-tstate", "gh-124878",
            "thread states are refcounted: finalization only marks them shutting down and drops the"
                    + " list's reference; the thread drops its own before hanging"),
    EARLY_DAEMON_TSTATE_FREE("early-daemon-tstate-free", "9ad58ac",
            "Py_FinalizeEx frees the other threads' tstates right after setting finalizing (bpo-19466)"),
    DESTROY_GIL_AT_FINALIZE("destroy-gil-at-finalize", "b0b384b^",
            "Py_Finalize destroys the GIL's mutexes and conditions (before bpo-9901)"),
    INTERP_STATIC("interp-static", "3.11",
            "the main interpreter and the main thread's tstate are static memory, never freed"),
    FINAL_RELEASE("final-release", "3.12",
            "the main thread releases the GIL for good in PyInterpreterState_Delete: not at all;"
                    + " with drop_gil(NULL) (3.12); with its own tstate (3.13)",
            FinalRelease.class),
    ENSURE_HANGS_AFTER_FINI("ensure-hangs-after-fini", "gh-131185",
            "PyGILState_Ensure hangs the thread once _PyGILState_Fini cleared autoInterpreterState, instead of"
                    + " creating a tstate for a NULL interpreter; the check and new_threadstate's argument are two reads"),
    THREAD_RUN_CHECK("thread-run-check", "gh-108987",
            "a new thread's thread_run asks _PyThreadState_MustExit before it binds its tstate (3.12, and 3.11"
                    + " from the backport); before, it writes tstate->thread_id first"),
    // ---- proposed patches (docs/findings.md): not in any CPython release; every strategy has them off
    EXIT_RESET_BEFORE_UNLOCK("exit-reset-before-unlock", "patch A",
            "proposed: a thread leaving take_gil's wait loop resets the drop request it set before"
                    + " MUTEX_UNLOCK(gil->mutex), not after (closes the residual gh-96387 hang)"),
    EXIT_CLEARS_LAST_HOLDER("exit-clears-last-holder", "patch B",
            "proposed: a thread that took the GIL only to exit sets gil->last_holder = NULL (under"
                    + " switch_mutex) before MUTEX_UNLOCK(gil->mutex); waiters skip a NULL holder_tstate"),
    NEW_TSTATE_SHUTTING_DOWN("new-tstate-shutting-down", "patch D",
            "proposed: new_threadstate, under HEAD_LOCK, creates the tstate SHUTTING_DOWN once the runtime"
                    + " is finalizing, so a C thread's PyGILState_Ensure hangs instead of running Python");

    private final String id;
    private final String since;
    private final String doc;
    private final Class<? extends ToggleValue> type;
    private final List<ToggleValue> values;

    Toggle(String id, String since, String doc) {
        this(id, since, doc, Switch.class);
    }

    Toggle(String id, String since, String doc, Class<? extends ToggleValue> type) {
        this.id = id;
        this.since = since;
        this.doc = doc;
        this.type = type;
        this.values = List.of(type.getEnumConstants());
    }

    public String id() {
        return id;
    }

    /** The commit, issue or version that introduced the change. */
    public String since() {
        return since;
    }

    public String doc() {
        return doc;
    }

    /** The values it takes; the first is the value before the change. */
    public List<ToggleValue> choiceValues() {
        return values;
    }

    /** The ids of the values it takes, as the command line writes them; the first is the value before the change. */
    public List<String> choices() {
        return values.stream().map(ToggleValue::id).toList();
    }

    /** The toggle's value written {@code id} on the command line or in the catalogue: the one place ids are parsed. */
    public ToggleValue parse(String valueId) {
        for (ToggleValue v : values) {
            if (v.id().equals(valueId)) {
                return v;
            }
        }
        throw new BadInputException("toggle " + id + " cannot be '" + valueId + "'; use one of "
                + String.join(", ", choices()));
    }

    /** Whether {@code v} is one of this toggle's values. */
    boolean takes(ToggleValue v) {
        return type.isInstance(v);
    }

    /** A change proposed in docs/findings.md, not in any CPython release (no strategy has it on). */
    public boolean isProposedPatch() {
        return since.startsWith("patch ");
    }

    public boolean isSwitch() {
        return type == Switch.class;
    }

    /** The one toggle whose values are of enum {@code type} (every type but {@link Switch} has one). */
    static Toggle of(Class<? extends ToggleValue> type) {
        for (Toggle t : values()) {
            if (t.type == type && type != Switch.class) {
                return t;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " is not the type of exactly one toggle");
    }

    public static Toggle byId(String id) {
        for (Toggle t : values()) {
            if (t.id.equals(id)) {
                return t;
            }
        }
        return null;
    }
}
