package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Machine;

/**
 * take_gil and drop_gil (Python/ceval_gil.h, ceval_gil.c from 3.12), one step per access to shared
 * memory or synchronisation action, in the order of the C code at each strategy's commit.
 *
 * <p>Granularity. Reads and writes of fields protected by a mutex the thread holds ({@code locked},
 * {@code switch_number}, {@code last_holder} under switch_mutex) are folded into the neighbouring
 * step that holds that mutex: no other thread can see the difference. A whole critical section with
 * no unprotected access inside it (drop_gil's release, take_gil's {@code _ready} block) is one step
 * that can run only when its mutex is free. Writes nobody else reads ({@code errno}, the current
 * thread state) are not modelled.
 *
 * <p>Memory model. {@code gil->locked} and {@code gil->last_holder} are relaxed atomics
 * ({@code _Py_atomic_load_relaxed} / {@code _Py_atomic_store_relaxed}); they are read and written
 * through {@link World#shared}, so under x86-TSO a store waits in the thread's store buffer until
 * it drains. Every MUTEX_LOCK / MUTEX_UNLOCK (and so every condition wait) drains it first: they
 * are locked instructions. {@code switch_number} is a plain field under gil->mutex.
 *
 * <p>Conditions are {@link dev.gilcheck.checker.sync.Cond}s: a signal marks every waiter signalled,
 * a timed wait returns signalled or timed out. switch_number is kept as one bit per waiting thread,
 * "it moved since I saved it", which is all take_gil ever asks of it. {@code COND_WAIT(switch_cond)}
 * has no timeout and wakes only when signalled.
 */
final class Gil {
    private final World w;
    private final Toggles t;
    private final Memory mem;
    private final DropRequest req;
    private final FinalizingCheck check;

    Gil(World w, Toggles t, Memory mem, DropRequest req, FinalizingCheck check) {
        this.w = w;
        this.t = t;
        this.mem = mem;
        this.req = req;
        this.check = check;
    }

    /**
     * take_gil(tstate), top to bottom as in ceval_gil.c: jumps to {@code done} holding the GIL, or
     * to {@code exit} when the thread must exit. The C's own lines are the comments on the right.
     */
    void takeGil(Code c, Label exit, Label done) {
        if (t.isOn(Toggle.ENTRY_CHECK) && t.is(EntryDeref.TAKE_GIL)) {
            check.mustExit(c, Step.ENTRY_CHECK, exit, null);             // if (tstate_must_exit(tstate)) exit
        }
        if (t.is(EntryDeref.TAKE_GIL)) {
            c.step(Step.ENTRY_READ_TSTATE_INTERP, m -> mem.ownTstate(m, "interp = tstate->interp"));
            c.step(Step.ENTRY_READ_INTERP_RUNTIME, m -> mem.interp(m, "read interp->runtime (the GIL's address)"));
        }
        Label ready = c.label("_ready");
        c.await(Step.TAKE_LOCK, w.gilMutex, m -> {
            w.gilMutex.lock(m);                                          // MUTEX_LOCK(gil->mutex);
            m.note(w.shared.isSet(m, w.locked) ? "GIL locked by another thread: wait" : "GIL free");
            if (!w.shared.isSet(m, w.locked)) {                          // if (!gil->locked) goto _ready;
                m.jump(ready);
            }
        });
        c.loop(loop -> {                                                 // while (gil->locked) {
            c.step(Step.TAKE_WAIT, m -> {
                m.set(w.switchedSinceSave[m.fiber()], false);            //   saved_switchnum = gil->switch_number;
                w.gilCond.startWait(m);                                  //   COND_TIMED_WAIT(gil->cond, gil->mutex, ...)
            });
            c.timedWake(w.gilCond, Step.TAKE_WAKE_SIGNALLED, Step.TAKE_WAKE_TIMEOUT, (m, timedOut) -> {
                boolean locked = w.shared.isSet(m, w.locked);
                boolean sameSwitch = switchNumberIsSaved(m);
                if (timedOut && locked && sameSwitch) {                  //   if (timed_out && gil->locked &&
                    askHolder(m);                                        //       gil->switch_number == saved_switchnum) {
                } else {
                    m.note(!locked ? "GIL free" : sameSwitch ? "GIL still locked: wait again"
                            : "GIL switched hands meanwhile: wait again");
                    m.jump(locked ? loop.again() : loop.exit());         //   while (gil->locked), read under gil->mutex
                }
            });
            if (t.isOn(Toggle.WAIT_LOOP_CHECK)) {                         //     if (tstate_must_exit(tstate)) {
                c.ifThen((yes, no) -> check.mustExit(c, Step.WAIT_CHECK, yes, no), () -> waitLoopExit(c, exit));
            }
            c.step(Step.SET_DROP_REQUEST, this::setDropRequest);        //     SET_GIL_DROP_REQUEST(interp);
        });                                                              // }
        c.place(ready).await(Step.READY, w.switchMutex, this::ready);    // _ready:
        afterReady(c, exit, done);
    }

    /** Whether switch_number is still the value saved before the wait; the saved value dies with the wake. */
    private boolean switchNumberIsSaved(Machine m) {
        boolean switched = m.isSet(w.switchedSinceSave[m.fiber()]);
        m.set(w.switchedSinceSave[m.fiber()], false);
        return !switched;
    }

    /** The timeout branch: the holder to ask is gil->last_holder, read now under gil->mutex. */
    private void askHolder(Machine m) {
        m.set(w.holder[m.fiber()], w.shared.load(m, w.lastHolder));
        m.note("GIL still locked by %s and no switch: ask it to drop", holderName(m));
    }

    /** SET_GIL_DROP_REQUEST(interp); drop_requested = 1 (nothing when patch B left holder_tstate NULL). */
    private void setDropRequest(Machine m) {
        int holder = m.get(w.holder[m.fiber()]) - 1;
        if (holder < 0) {
            m.note("holder_tstate is NULL: the holder is exiting, no request (patch B)");
        } else {
            req.set(m, holder);
            m.set(w.dropRequested[m.fiber()], t.isOn(Toggle.EXIT_RESETS_OWN_REQUEST));
        }
        m.set(w.holder[m.fiber()], 0);
    }

    /**
     * The wait loop's exit branch: MUTEX_UNLOCK(gil->mutex), then (gh-96387) reset the drop request
     * this thread set; with patch A the reset comes first, while gil->mutex is still held.
     */
    private void waitLoopExit(Code c, Label exit) {
        boolean resets = t.isOn(Toggle.EXIT_RESETS_OWN_REQUEST);
        if (resets && t.isOn(Toggle.EXIT_RESET_BEFORE_UNLOCK)) {
            c.step(Step.WAIT_EXIT_RESET_LOCKED, this::resetIfRequested);
            c.step(Step.WAIT_EXIT_UNLOCK, m -> {
                w.gilMutex.unlock(m);
                leave(m, exit);
            });
            return;
        }
        c.step(Step.WAIT_EXIT_UNLOCK, m -> {
            w.gilMutex.unlock(m);
            if (!resets || !m.isSet(w.dropRequested[m.fiber()])) {
                leave(m, exit);
            }
        });
        if (resets) {
            c.step(Step.WAIT_EXIT_RESET, m -> {
                resetIfRequested(m);
                leave(m, exit);
            });
        }
    }

    /** if (drop_requested) reset it, in the holder read at this timeout (skipped when that is NULL, patch B). */
    private void resetIfRequested(Machine m) {
        if (!m.isSet(w.dropRequested[m.fiber()])) {
            m.note("drop_requested = 0: nothing to reset");
        } else if (req.inHolderTstate() && m.get(w.holder[m.fiber()]) == 0) {
            m.note("holder_tstate is NULL: nothing to reset (patch B)");
        } else {
            req.resetRequested(m);
        }
    }

    /** Who gil->last_holder names; NULL once a thread exiting with the GIL cleared it (patch B). */
    private String holderName(Machine m) {
        int holder = w.shared.load(m, w.lastHolder);
        return holder == 0 ? "last_holder = NULL" : w.name(holder - 1);
    }

    /** The _ready block, one critical section under switch_mutex. */
    private void ready(Machine m) {
        int self = m.fiber();
        w.switchMutex.lock(m);
        int other = w.otherGilHolder(m);
        if (other >= 0) {
            m.note("%s holds the GIL too", w.name(other));
            m.violate(Invariant.GIL_MUTUAL_EXCLUSION.id(), false);
        }
        w.shared.store(m, w.locked, true);
        m.set(w.holdsGil[self], true);
        m.set(w.dropRequested[self], false);
        m.set(w.holder[self], 0);
        if (w.shared.load(m, w.lastHolder) != self + 1) {
            w.shared.store(m, w.lastHolder, self + 1);
            for (int f = 0; f < w.fibers(); f++) {
                if (w.gilCond.isWaiting(m, f)) {
                    m.set(w.switchedSinceSave[f], true);
                }
            }
        }
        w.switchCond.signal(m);
        w.switchMutex.unlock(m);
        m.note("GIL taken");
    }

    /**
     * take_gil after _ready, with the strategy's post-acquire check where its commit put it: right
     * after _ready (a36adfa), before reading async_exc (29356e0), or after the unlock (9229eee).
     */
    private void afterReady(Code c, Label exit, Label done) {
        PostAcquireCheck post = t.value(PostAcquireCheck.class);
        boolean dropWithTstate = !t.isOn(Toggle.EXIT_DROP_WITHOUT_TSTATE);
        if (post == PostAcquireCheck.AFTER_READY) {                     // if (tstate_must_exit(tstate)) {
            c.ifThen((yes, no) -> check.mustExit(c, Step.POST_CHECK, yes, no), () -> {
                if (t.isOn(Toggle.EXIT_CLEARS_LAST_HOLDER)) {
                    clearLastHolder(c);
                }
                c.step(Step.POST_EXIT_UNLOCK, w.gilMutex::unlock);      //   MUTEX_UNLOCK(gil->mutex);
                dropGil(c, dropWithTstate, exit);                       //   drop_gil(tstate); PyThread_exit_thread();
            });
        }
        c.step(Step.RESET_DROP_REQUEST, req::resetOwn);                 // RESET_GIL_DROP_REQUEST(interp);
        if (post == PostAcquireCheck.BEFORE_ASYNC_EXC) {
            // must_exit = tstate_must_exit(tstate); the C keeps it in a local, skips the async_exc read
            // when it is set and tests it again after its one MUTEX_UNLOCK: here the branch is the local.
            c.ifThen((yes, no) -> check.mustExit(c, Step.MUST_EXIT_LOCAL, yes, no), () -> {
                c.step(Step.TAKE_UNLOCK, w.gilMutex::unlock);           //   MUTEX_UNLOCK(gil->mutex);
                dropGil(c, dropWithTstate, exit);                       //   if (must_exit) { drop_gil; exit }
            });
        }
        // gh-112175 (3.13) turned the pending async exception into an eval-breaker bit too: take_gil no
        // longer reads tstate->async_exc, so the step folds into the unlock.
        if (!req.inHolderTstate()) {
            c.step(Step.ASYNC_EXC, m -> mem.ownTstate(m, "read tstate->async_exc"));
        }
        c.step(Step.TAKE_UNLOCK, w.gilMutex::unlock);                   // MUTEX_UNLOCK(gil->mutex);
        if (post == PostAcquireCheck.AFTER_UNLOCK) {                     // if (tstate_must_exit(tstate)) {
            c.ifThen((yes, no) -> check.mustExit(c, Step.LATE_CHECK, yes, no),
                    () -> dropGil(c, dropWithTstate, exit));            //   drop_gil(tstate); PyThread_exit_thread();
        }
        c.goTo(done);
    }

    /** Patch B: gil->last_holder = NULL under switch_mutex, so no waiter writes into the exiting tstate. */
    private void clearLastHolder(Code c) {
        c.await(Step.POST_EXIT_CLEAR_LAST_HOLDER, w.switchMutex, m -> {
            w.switchMutex.lock(m);
            w.shared.store(m, w.lastHolder, 0);
            m.note("gil->last_holder = NULL: no waiter writes into this tstate");
            w.switchMutex.unlock(m);
        });
    }

    /**
     * drop_gil(tstate), or drop_gil(NULL) when {@code withTstate} is false (no FORCE_SWITCHING then);
     * goes on at {@code done}.
     */
    void dropGil(Code c, boolean withTstate, Label done) {
        c.await(Step.DROP_RELEASE, w.gilMutex, m -> {
            w.gilMutex.lock(m);                                          // MUTEX_LOCK(gil->mutex);
            if (withTstate && req.inHolderTstate()) {
                mem.ownTstate(m, "tstate->_status.holds_gil = 0");
            }
            w.shared.store(m, w.locked, false);                          // gil->locked = 0;
            m.set(w.holdsGil[m.fiber()], false);
            w.gilCond.signal(m);                                         // COND_SIGNAL(gil->cond);
            w.gilMutex.unlock(m);                                        // MUTEX_UNLOCK(gil->mutex);
            m.note("GIL released");
        });
        if (withTstate) {                                                // if (tstate != NULL && gil_drop_request) {
            c.ifThen(Step.DROP_READ_REQUEST, req::readInDropGil, () -> {
                c.ifThen(Step.DROP_SWITCH_LOCK, w.switchMutex, this::stillLastHolder, () -> {
                    if (t.isOn(Toggle.DROP_RESET_VIA_TSTATE)) {
                        c.step(Step.DROP_RESET_READ_TSTATE_INTERP, m -> mem.ownTstate(m, "read tstate->interp"));
                    }
                    c.step(Step.DROP_RESET, req::resetOwn);               //     RESET_GIL_DROP_REQUEST(interp);
                    c.step(Step.DROP_SWITCH_WAIT, w.switchCond::startWait); //   COND_WAIT(gil->switch_cond, ...);
                    c.wakeOnSignal(Step.DROP_SWITCH_WAKE, w.switchCond, w.switchMutex::unlock);
                });                                                      //   }  MUTEX_UNLOCK(gil->switch_mutex);
            });                                                          // }
        }
        c.goTo(done);
    }

    /**
     * MUTEX_LOCK(gil->switch_mutex); if (last_holder == tstate): nobody took the GIL yet. When
     * somebody did, the MUTEX_UNLOCK after the if folds into this step.
     */
    private boolean stillLastHolder(Machine m) {
        w.switchMutex.lock(m);
        if (w.shared.load(m, w.lastHolder) == m.fiber() + 1) {
            m.note("nobody took the GIL yet: wait for a switch");
            return true;
        }
        m.note(w.shared.load(m, w.lastHolder) == 0 ? "gil->last_holder is NULL: no need to wait"
                : "%s took the GIL already: no need to wait", holderName(m));
        w.switchMutex.unlock(m);
        return false;
    }

    /** Leaves take_gil for PyThread_exit_thread (or hanging): the thread's locals die with it. */
    void leave(Machine m, Label exit) {
        int self = m.fiber();
        m.set(w.dropRequested[self], false);
        m.set(w.holder[self], 0);
        w.waits.leave(m);
        m.set(w.switchedSinceSave[self], false);
        m.jump(exit);
    }
}
