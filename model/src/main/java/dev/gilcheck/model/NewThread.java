package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Program;

/**
 * A thread that Python code started just before finalization (threading.Thread.start): its parent
 * created and linked its tstate under the GIL before finalizing was set (from 3.12 interp->finalizing
 * refuses new threads after that), and the OS thread runs thread_run (Modules/_threadmodule.c)
 * whenever the scheduler lets it, possibly after the main thread set finalizing and freed that
 * tstate. thread_run binds the tstate to the thread without the GIL (_PyThreadState_Bind from 3.12;
 * before, thread_run writes tstate->thread_id itself), takes the GIL with PyEval_AcquireThread,
 * runs the thread's function and, as a daemon would, blocks in a system call. From 3.12 (3.11 by
 * the backport) gh-108987 asks _PyThreadState_MustExit first, with a tstate its comment calls
 * possibly dangling; a thread that must exit returns without touching the tstate.
 */
final class NewThread {
    private NewThread() {
    }

    static Program program(World w, Toggles t, SourceMap src, ThreadApi api, FinalizingCheck check) {
        Code c = new Code("new thread", w, t, src);
        Memory mem = new Memory(w, t);
        Label exit = c.label("exit");
        Label returns = c.label("thread_run returns");
        Label running = c.label("GIL taken");
        Label finished = c.label("bytecode done");
        Label released = c.label("GIL released");
        if (t.isOn(Toggle.THREAD_RUN_CHECK)) {
            check.mustExit(c, Step.THREAD_RUN_CHECK, returns, null);
        }
        c.step(Step.THREAD_BIND, m -> mem.ownTstate(m, "tstate->thread_id = PyThread_get_thread_ident()"));
        api.acquire(c, ThreadApi.Caller.RESTORE_THREAD, exit, running);
        c.place(running);
        api.runBytecode(c, exit, finished);
        c.place(finished);
        api.save(c, released);
        c.place(released).end(Step.END_BLOCKED_IN_IO);
        c.place(returns).end(Step.END_EXITED);
        api.exitTail(c, exit);
        return c.build();
    }
}
