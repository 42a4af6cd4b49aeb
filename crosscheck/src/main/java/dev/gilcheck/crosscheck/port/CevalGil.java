package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.DropRequestHome;
import dev.gilcheck.model.EntryDeref;
import dev.gilcheck.model.PostAcquireCheck;

/** take_gil and drop_gil of Python/ceval_gil.h (ceval_gil.c from 3.12), one port for every build. */
final class CevalGil {
    private final Build build;
    private final GilState gil;
    private final DropRequest request;
    private final MustExit mustExit;
    private final Process process;

    CevalGil(Build build, GilState gil, DropRequest request, MustExit mustExit, Process process) {
        this.build = build;
        this.gil = gil;
        this.request = request;
        this.mustExit = mustExit;
        this.process = process;
    }

    /**
     * take_gil(tstate). Mirrors the 2011 loop (v3.2) with the checks each fix added: the entry
     * check (85f5a69), the post-acquire check (9229eee, moved by 29356e0 and a36adfa), the
     * wait-loop check (a36adfa) and its request reset (gh-96387), and 3.13's holder_tstate.
     */
    void take(ThreadState ts) {
        if (build.entryCheckInTakeGil() && mustExit.test(ts)) {
            mustExit.leave(ts);
        }
        if (build.entryDeref() == EntryDeref.TAKE_GIL) {
            ts.readInterp(Site.TAKE_READ_TSTATE_INTERP).readRuntime(Site.TAKE_READ_INTERP_RUNTIME);
        }
        gil.mutex.lock(Site.TAKE_LOCK);
        boolean requested = false;
        while (gil.ghostLockedNow()) {
            long switchNumber = gil.ghostSwitchNumber();
            ghostMainWaitsAt(ts, Site.TAKE_WAKE);
            boolean timedOut = gil.cond.timedWait(ts.slot, Site.TAKE_WAIT);
            if (timedOut && gil.ghostNoSwitchSince(switchNumber)) {
                ThreadState holder = build.dropRequestHome() == DropRequestHome.HOLDER_TSTATE ? gil.ghostLastHolder() : null;
                if (build.waitLoopCheck() && mustExit.test(ts)) {
                    gil.mutex.unlock();
                    if (build.exitResetsOwnRequest() && requested) {
                        request.resetOnExit(holder);
                    }
                    mustExit.leave(ts);
                }
                request.set(holder);
                requested = true;
            }
        }
        ready(ts);
        if (build.postAcquireCheck() == PostAcquireCheck.AFTER_READY && mustExit.test(ts)) {
            gil.mutex.unlock();
            drop(build.exitDropWithoutTstate() ? null : ts);
            mustExit.leave(ts);
        }
        request.resetOnceTaken(ts);
        boolean mustLeave = false;
        if (build.postAcquireCheck() == PostAcquireCheck.BEFORE_ASYNC_EXC) {
            mustLeave = mustExit.test(ts);
        }
        if (!mustLeave) {
            ts.readAsyncExc(Site.ASYNC_EXC);
        }
        gil.mutex.unlock();
        if (build.postAcquireCheck() == PostAcquireCheck.AFTER_UNLOCK) {
            mustLeave = mustExit.test(ts);
        }
        if (mustLeave) {
            drop(ts);
            mustExit.leave(ts);
        }
    }

    /**
     * The _ready block (v3.2 on, unchanged in substance): switch_number moves only when the GIL
     * changes hands, which is what lets a waiter tell a real switch from its own timeout.
     */
    private void ready(ThreadState ts) {
        gil.switchCond.mutex.lock(Site.READY);
        gil.ghostTaken(ts);
        process.changed();
        gil.switchCond.signal();
        gil.switchCond.mutex.unlock();
    }

    /**
     * drop_gil(tstate) as v3.2 has it, with 3.3's last_holder store; tstate is NULL for 3.12's
     * final release and 3.13's exit path. FORCE_SWITCHING reads the request only after the GIL
     * is released, and resets it through whatever memory holds it: that is where da2914d (3.9)
     * and gh-112175 (3.13) touch a thread state that may already be freed.
     */
    void drop(ThreadState ts) {
        if (ts != null) {
            gil.ghostStoreLastHolder(ts);
        }
        gil.mutex.lock(Site.DROP_RELEASE);
        gil.ghostReleased();
        process.changed();
        gil.cond.signal();
        gil.mutex.unlock();
        if (ts != null && request.setAfterRelease(ts)) {
            gil.switchCond.mutex.lock(Site.DROP_SWITCH_LOCK);
            if (gil.ghostLastHolder() == ts) {
                request.resetBeforeSwitchWait(ts);
                ghostMainWaitsAt(ts, Site.DROP_SWITCH_WAKE);
                gil.switchCond.await(ts.slot, Site.DROP_SWITCH_WAIT);
            }
            gil.switchCond.mutex.unlock();
        }
    }

    private static void ghostMainWaitsAt(ThreadState ts, Site site) {
        if (ts.slot == 0) {
            MainThreadWait.startsAt(site);
        }
    }
}
