package dev.gilcheck.model;

/**
 * Every kind of step the model takes, each one shared-memory access or synchronisation action of
 * the C code. The file and function here are the usual ones; a strategy's source map
 * ({@code sources.tsv}) gives the function, file and line at that strategy's commit.
 */
public enum Step {
    // ---- re-acquiring the GIL: PyEval_RestoreThread / PyEval_AcquireThread / the eval loop, then take_gil
    GIL_CREATED(F.CEVAL, "PyEval_RestoreThread", "gil_created(): read gil->locked >= 0"),
    RESTORE_READ_TSTATE_INTERP(F.CEVAL, "PyEval_RestoreThread", "read tstate->interp"),
    RESTORE_READ_INTERP_RUNTIME(F.CEVAL, "PyEval_RestoreThread", "read interp->runtime"),
    ENTRY_CHECK(F.GIL, "take_gil", "tstate_must_exit(): read _PyRuntime._finalizing"),
    MUST_EXIT_READ_TSTATE_INTERP(F.PYSTATE, "_PyThreadState_MustExit", "read tstate->interp"),
    MUST_EXIT_READ_INTERP_FINALIZING(F.PYSTATE, "_PyThreadState_MustExit", "read interp->_finalizing"),
    MUST_EXIT_READ_STATE(F.PYSTATE, "_PyThreadState_MustExit", "read tstate->state"),
    ENTRY_READ_TSTATE_INTERP(F.GIL, "take_gil", "read tstate->interp"),
    ENTRY_READ_INTERP_RUNTIME(F.GIL, "take_gil", "read interp->runtime"),
    TAKE_LOCK(F.GIL, "take_gil", "MUTEX_LOCK(gil->mutex); read gil->locked"),
    TAKE_WAIT(F.GIL, "take_gil", "save switch_number; COND_TIMED_WAIT(gil->cond): release gil->mutex and wait"),
    TAKE_WAKE_SIGNALLED(F.GIL, "take_gil", "COND_TIMED_WAIT returns signalled; gil->mutex re-locked"),
    TAKE_WAKE_TIMEOUT(F.GIL, "take_gil", "COND_TIMED_WAIT times out; gil->mutex re-locked"),
    WAIT_CHECK(F.GIL, "take_gil", "wait loop: tstate_must_exit(): read _PyRuntime._finalizing"),
    WAIT_EXIT_UNLOCK(F.GIL, "take_gil", "wait loop, exiting: MUTEX_UNLOCK(gil->mutex)"),
    WAIT_EXIT_RESET(F.GIL, "take_gil", "wait loop, exiting: reset the drop request this thread set"),
    WAIT_EXIT_RESET_LOCKED(F.GIL, "take_gil",
            "wait loop, exiting, gil->mutex still held: reset the drop request this thread set (patch A)"),
    SET_DROP_REQUEST(F.GIL, "take_gil", "SET_GIL_DROP_REQUEST(): ask the holder to drop the GIL"),
    READY(F.GIL, "take_gil",
            "_ready: under switch_mutex, locked = 1, last_holder = tstate, ++switch_number, signal switch_cond"),
    POST_CHECK(F.GIL, "take_gil", "GIL taken: tstate_must_exit(): read _PyRuntime._finalizing"),
    POST_EXIT_CLEAR_LAST_HOLDER(F.GIL, "take_gil",
            "exiting with the GIL: under switch_mutex, last_holder = NULL (patch B)"),
    POST_EXIT_UNLOCK(F.GIL, "take_gil", "exiting with the GIL: MUTEX_UNLOCK(gil->mutex)"),
    RESET_DROP_REQUEST(F.GIL, "take_gil", "RESET_GIL_DROP_REQUEST() / COMPUTE_EVAL_BREAKER()"),
    MUST_EXIT_LOCAL(F.GIL, "take_gil", "must_exit = tstate_must_exit(): read _PyRuntime._finalizing"),
    ASYNC_EXC(F.GIL, "take_gil", "read tstate->async_exc"),
    TAKE_UNLOCK(F.GIL, "take_gil", "MUTEX_UNLOCK(gil->mutex)"),
    LATE_CHECK(F.GIL, "take_gil", "after MUTEX_UNLOCK: tstate_must_exit(): read _PyRuntime._finalizing"),
    RESTORE_CHECK(F.CEVAL, "PyEval_RestoreThread", "read _Py_Finalizing"),
    RESTORE_CHECK_READ_TSTATE_INTERP(F.CEVAL, "exit_thread_if_finalizing", "read tstate->interp"),
    RESTORE_CHECK_READ_INTERP_RUNTIME(F.CEVAL, "exit_thread_if_finalizing", "read interp->runtime"),
    EVAL_CHECK(F.CEVAL, "_PyEval_EvalFrameDefault", "exit_thread_if_finalizing(): read _PyRuntime.finalizing"),
    ENSURE_NEW_TSTATE(F.PYSTATE, "new_threadstate",
            "PyGILState_Ensure has no tstate: PyThreadState_New links a new one into interp->tstate_head"),
    ENSURE_COUNTER(F.PYSTATE, "PyGILState_Ensure", "++tcur->gilstate_counter"),
    RELEASE_CLEAR(F.PYSTATE, "PyGILState_Release", "--tcur->gilstate_counter; PyThreadState_Clear(tcur)"),
    RELEASE_UNLINK(F.PYSTATE, "_PyThreadState_DeleteCurrent", "unlink tstate from interp->tstate_head"),
    RELEASE_FREE(F.PYSTATE, "_PyThreadState_DeleteCurrent", "free the thread's own tstate"),
    HANG_DECREF(F.PYSTATE, "_PyThreadState_HangThread", "decref own tstate, then PyThread_hang_thread()"),

    // ---- running, and releasing the GIL: the eval loop, PyEval_SaveThread, drop_gil
    BYTECODE(F.CEVAL, "_PyEval_EvalFrameDefault", "run Python bytecode (the frame is reached through tstate)"),
    EVAL_BREAKER(F.CEVAL, "_PyEval_EvalFrameDefault", "read eval_breaker: is a GIL drop requested?"),
    SAVE_READ_TSTATE(F.CEVAL, "PyEval_SaveThread", "read tstate->interp"),
    DROP_RELEASE(F.GIL, "drop_gil",
            "MUTEX_LOCK(gil->mutex); locked = 0; COND_SIGNAL(gil->cond); MUTEX_UNLOCK(gil->mutex)"),
    DROP_READ_REQUEST(F.GIL, "drop_gil", "FORCE_SWITCHING: read gil_drop_request"),
    DROP_SWITCH_LOCK(F.GIL, "drop_gil", "MUTEX_LOCK(gil->switch_mutex); read last_holder"),
    DROP_RESET_READ_TSTATE_INTERP(F.GIL, "drop_gil", "read tstate->interp"),
    DROP_RESET(F.GIL, "drop_gil", "RESET_GIL_DROP_REQUEST()"),
    DROP_SWITCH_WAIT(F.GIL, "drop_gil", "COND_WAIT(gil->switch_cond): release switch_mutex and wait"),
    DROP_SWITCH_WAKE(F.GIL, "drop_gil", "COND_WAIT(gil->switch_cond) returns; MUTEX_UNLOCK(gil->switch_mutex)"),

    // ---- the main thread: Py_FinalizeEx and process exit
    M_EVAL_BREAKER(F.CEVAL, "_PyEval_EvalFrameDefault",
            "main thread runs threading._shutdown and atexit: read eval_breaker"),
    SET_INTERP_FINALIZING(F.LIFECYCLE, "Py_FinalizeEx", "_PyInterpreterState_SetFinalizing(interp, tstate)"),
    SET_FINALIZING(F.LIFECYCLE, "Py_FinalizeEx", "_PyRuntimeState_SetFinalizing(runtime, tstate)"),
    EARLY_FREE(F.PYSTATE, "_PyThreadState_DeleteExcept", "PyThreadState_Clear and free another thread's tstate"),
    MARK_SHUTTING_DOWN(F.PYSTATE, "_PyThreadState_SetShuttingDown", "tstate->state = SHUTTING_DOWN"),
    DELETE_LIST_DECREF(F.PYSTATE, "_PyThreadState_DeleteList", "PyThreadState_Clear and decref a tstate"),
    FREE_TSTATE(F.PYSTATE, "zapthreads", "free a thread state"),
    FREE_INTERP(F.PYSTATE, "PyInterpreterState_Delete", "free the interpreter state"),
    DESTROY_COND(F.GIL, "destroy_gil", "COND_FINI(gil->cond)"),
    DESTROY_MUTEX(F.GIL, "destroy_gil", "MUTEX_FINI(gil->mutex)"),
    DESTROY_SWITCH_COND(F.GIL, "destroy_gil", "COND_FINI(gil->switch_cond)"),
    DESTROY_SWITCH_MUTEX(F.GIL, "destroy_gil", "MUTEX_FINI(gil->switch_mutex)"),
    PROCESS_EXIT(F.MAIN, "Py_Main", "exit(): the process ends and takes the daemon threads with it"),

    // ---- final points: where a thread stays for ever
    END_BLOCKED_IN_IO(F.CEVAL, "Py_BEGIN_ALLOW_THREADS", "blocked in a system call for the rest of the run"),
    END_C_THREAD_DONE(F.PYSTATE, "PyGILState_Release", "the C thread is done with Python"),
    END_EXITED(F.THREAD, "PyThread_exit_thread", "the thread has exited"),
    END_HANGS(F.THREAD, "PyThread_hang_thread", "the thread hangs for ever"),
    END_PROCESS_GONE(F.MAIN, "Py_Main", "the process has exited"),

    // ---- appended (a site's short code is its step's number: new steps go last)
    GILSTATE_FINI(F.PYSTATE, "_PyGILState_Fini", "autoInterpreterState = NULL (finalize_interp_delete)"),
    ENSURE_GUARD(F.PYSTATE, "PyGILState_Ensure",
            "if autoInterpreterState == NULL: PyThread_hang_thread()"),
    THREAD_RUN_CHECK(F.THREAD_MODULE, "thread_run", "_PyThreadState_MustExit(tstate): read _PyRuntime._finalizing"),
    THREAD_BIND(F.PYSTATE, "_PyThreadState_Bind",
            "bind_tstate(): write tstate->thread_id, native_thread_id, _status.bound (without the GIL)");

    private final String file;
    private final String function;
    private final String action;

    Step(String file, String function, String action) {
        this.file = file;
        this.function = function;
        this.action = action;
    }

    public String file() {
        return file;
    }

    public String function() {
        return function;
    }

    public String action() {
        return action;
    }

    /** The usual source files. */
    static final class F {
        static final String CEVAL = "Python/ceval.c";
        static final String GIL = "Python/ceval_gil.h";
        static final String PYSTATE = "Python/pystate.c";
        static final String LIFECYCLE = "Python/pylifecycle.c";
        static final String THREAD = "Python/thread_pthread.h";
        static final String MAIN = "Modules/main.c";
        static final String THREAD_MODULE = "Modules/_threadmodule.c";

        private F() {
        }
    }
}
