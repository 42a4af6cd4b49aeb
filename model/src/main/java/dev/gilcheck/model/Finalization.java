package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Machine;
import java.util.function.ObjIntConsumer;

/**
 * The main thread: the end of the Python program, Py_FinalizeEx, and, as a separate step that may
 * come arbitrarily late, process exit. It starts holding the GIL.
 *
 * <p>Where the main thread lets the GIL go: while it still runs Python code before finalizing is
 * set (threading._shutdown, atexit) its eval loop honours drop requests; during cleanup (flushing
 * stdout, GC, module teardown) it releases the GIL {@code releases} times, as a blocking write
 * does; from 3.12 on it releases it for good in PyInterpreterState_Delete.
 */
final class Finalization {
    private final World w;
    private final Toggles t;
    private final Memory mem;
    private final Gil gil;
    private final ThreadApi api;
    private final FreeOrder order;

    Finalization(World w, Toggles t, Memory mem, Gil gil, ThreadApi api, FreeOrder order) {
        this.w = w;
        this.t = t;
        this.mem = mem;
        this.gil = gil;
        this.api = api;
        this.order = order;
    }

    void write(Code c) {
        Label exit = c.label("exit");
        Label shutdown = c.label("threading._shutdown");
        Label finalize = c.label("Py_FinalizeEx: set finalizing");
        c.place(shutdown);
        api.serviceDropRequest(c, Step.M_EVAL_BREAKER, exit, shutdown, finalize);
        c.place(finalize);
        if (t.isOn(Toggle.MUST_EXIT_READS_INTERP)) {
            c.step(Step.SET_INTERP_FINALIZING, m -> {
                mem.interp(m, "interp->_finalizing = tstate");
                m.set(w.interpFinalizing, true);
            });
        }
        c.step(Step.SET_FINALIZING, m -> {
            m.set(w.finalizing, true);
            m.note("_PyRuntime._finalizing = M's tstate");
        });
        if (t.isOn(Toggle.EARLY_DAEMON_TSTATE_FREE)) {
            freeOthersEarly(c);
        }
        for (int i = 1; i <= w.bounds.releases(); i++) {
            cleanupRelease(c, exit, i);
        }
        if (w.bounds.cthreads() > 0) {
            // only PyGILState_Ensure reads it: without C threads the write is not modelled
            c.step(Step.GILSTATE_FINI, m -> m.set(w.autoInterpNull, true));
        }
        if (!t.is(FinalRelease.NONE)) {
            Label released = c.label("final release done");
            gil.dropGil(c, t.is(FinalRelease.OWN_TSTATE), released);
            c.place(released);
        }
        zapthreads(c);
        if (!t.isOn(Toggle.INTERP_STATIC)) {
            c.step(Step.FREE_INTERP, m -> {
                w.interp.free(m);
                m.note("the PyInterpreterState is freed");
            });
        }
        if (t.isOn(Toggle.DESTROY_GIL_AT_FINALIZE)) {
            destroyGil(c);
        }
        c.step(Step.PROCESS_EXIT, m -> m.set(w.exited, true));
        c.end(Step.END_PROCESS_GONE);
        api.exitTail(c, exit);
    }

    /** _PyThreadState_DeleteExcept (bpo-19466), or from 3.14 mark-shutting-down then decref. */
    private void freeOthersEarly(Code c) {
        if (t.isOn(Toggle.REFCOUNTED_TSTATE)) {
            eachThread(c, Step.MARK_SHUTTING_DOWN, this::markShuttingDown);
            eachCThread(c, Step.DELETE_LIST_DECREF, this::decref);
            eachNewThread(c, Step.DELETE_LIST_DECREF, this::decref);
            order.eachDetached(c, Step.DELETE_LIST_DECREF, this::decref);
        } else {
            eachThread(c, Step.EARLY_FREE, this::unlinkAndFree);
        }
    }

    /**
     * PyInterpreterState_Delete's zapthreads, after the final release from 3.12: frees every tstate
     * still in the list outright (3.14 too: free_threadstate, not a decref), the main thread's own
     * last. With the early free the daemons left the list for good, so only a C thread that linked a
     * new tstate since can be in it.
     */
    private void zapthreads(Code c) {
        if (t.isOn(Toggle.EARLY_DAEMON_TSTATE_FREE)) {
            eachCThread(c, Step.FREE_TSTATE, this::unlinkAndFree);
        } else {
            eachThread(c, Step.FREE_TSTATE, this::unlinkAndFree);
        }
        if (!t.isOn(Toggle.INTERP_STATIC)) {
            c.step(Step.FREE_TSTATE, m -> unlinkAndFree(m, 0));
        }
    }

    /**
     * One step per thread in the interpreter's list, in list order. new_threadstate links a tstate at
     * the head, so the C threads' (created during the run) come first, then the new threads' (created
     * just before finalization), then the daemons'; the daemons come in the order the {@link FreeOrder}
     * allows (D1 first stands for the newest first: they are interchangeable).
     */
    private void eachThread(Code c, Step step, ObjIntConsumer<Machine> perThread) {
        eachCThread(c, step, perThread);
        eachNewThread(c, step, perThread);
        stepEach(c, step, order.chooseDaemons(c, step, perThread), w.bounds.daemons() + 1, perThread);
    }

    /** One step per C thread, C1 first (the model does not track which of two C threads linked last). */
    private void eachCThread(Code c, Step step, ObjIntConsumer<Machine> perThread) {
        stepEach(c, step, w.bounds.daemons() + 1, w.firstNewThread(), perThread);
    }

    private void eachNewThread(Code c, Step step, ObjIntConsumer<Machine> perThread) {
        stepEach(c, step, w.firstNewThread(), w.fibers(), perThread);
    }

    /** One step for each thread from {@code from} up to, not including, {@code to}. */
    private static void stepEach(Code c, Step step, int from, int to, ObjIntConsumer<Machine> perThread) {
        for (int f = from; f < to; f++) {
            int owner = f;
            c.step(step, m -> perThread.accept(m, owner));
        }
    }

    private void markShuttingDown(Machine m, int owner) {
        order.marked(m, owner);
        if (unlink(m, owner)) {
            mem.tstate(m, owner, "tstate->state = SHUTTING_DOWN");
            m.set(w.shuttingDown[owner], true);
        }
    }

    /** Decrefs a tstate of the detached list: marked, and out of the interpreter's (patch D marks listed ones too). */
    private void decref(Machine m, int owner) {
        if (m.isSet(w.shuttingDown[owner]) && !m.isSet(w.listed[owner])) {
            mem.tstate(m, owner, "PyThreadState_Clear");
            mem.releaseTstate(m, owner);
        }
    }

    /**
     * Clears and frees a tstate that is still in the interpreter's list: the early free (no refcounts
     * then) and zapthreads (tstate_delete_common and free_threadstate, whatever the reference count).
     */
    private void unlinkAndFree(Machine m, int owner) {
        if (unlink(m, owner)) {
            mem.tstate(m, owner, "PyThreadState_Clear");
            mem.free(m, owner);
        }
    }

    /** Takes thread {@code owner}'s tstate out of the interpreter's list; false when it is not in it. */
    private boolean unlink(Machine m, int owner) {
        if (!m.isSet(w.listed[owner])) {
            m.note("%s has no thread state in the interpreter's list", w.name(owner));
            return false;
        }
        m.set(w.listed[owner], false);
        return true;
    }

    /** A blocking call during cleanup: Py_BEGIN_ALLOW_THREADS ... Py_END_ALLOW_THREADS. */
    private void cleanupRelease(Code c, Label exit, int n) {
        Label released = c.label("cleanup release " + n);
        Label retaken = c.label("cleanup retake " + n);
        api.save(c, released);
        c.place(released);
        api.acquire(c, ThreadApi.Caller.RESTORE_THREAD, exit, retaken);
        c.place(retaken);
    }

    /**
     * _PyEval_FiniThreads: destroy_gil's four destroy calls, then {@code locked = -1}, which
     * gil_created() reads. pthread_mutex_destroy of a locked mutex fails with EBUSY and Py_FatalError
     * follows; destroying a mutex another thread references in a condition wait (it re-locks it on
     * waking, signalled or not), or a condition with waiters, is undefined behaviour (POSIX).
     */
    private void destroyGil(Code c) {
        c.step(Step.DESTROY_MUTEX, w.gilMutex::destroy);
        c.step(Step.DESTROY_SWITCH_MUTEX, w.switchMutex::destroy);
        c.step(Step.DESTROY_COND, w.gilCond::destroy);
        c.step(Step.DESTROY_SWITCH_COND, m -> {
            w.switchCond.destroy(m);
            w.shared.store(m, w.gilDestroyed, true);
            m.note("gil->locked = -1");
        });
    }
}
