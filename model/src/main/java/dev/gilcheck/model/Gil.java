package dev.gilcheck.model;

import dev.gilcheck.checker.Action;
import dev.gilcheck.checker.Label;
import dev.gilcheck.checker.Machine;

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
 * <p>Conditions. {@code COND_SIGNAL} marks every waiter signalled. POSIX lets a timed wait return
 * early at any time, so a second waiter that in reality stays asleep can always do what the model
 * lets it do: return, re-save switch_number and wait again. A signalled waiter returns "not timed
 * out"; a waiter that was not signalled may time out at any moment (5 ms is forever to a scheduler).
 * switch_number is kept as one bit per waiting thread, "it moved since I saved it", which is all
 * take_gil ever asks of it. {@code COND_WAIT(switch_cond)} has no timeout and wakes only when signalled.
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

    /** take_gil(tstate): jumps to {@code done} holding the GIL, or to {@code exit} when the thread must exit. */
    void takeGil(Code c, Label exit, Label done) {
        Label ready = c.label("_ready");
        Label wait = c.label("wait loop");
        if (t.is(EntryDeref.TAKE_GIL)) {
            c.step(Step.ENTRY_READ_TSTATE_INTERP, m -> mem.ownTstate(m, "interp = tstate->interp"));
            c.step(Step.ENTRY_READ_INTERP_RUNTIME, m -> mem.interp(m, "read interp->runtime (the GIL's address)"));
        }
        c.await(Step.TAKE_LOCK, w.gilMutex, m -> {
            w.gilMutex.lock(m);
            m.note(m.isSet(w.locked) ? "GIL locked by another thread: wait" : "GIL free");
            if (!m.isSet(w.locked)) {
                m.jump(ready);
            }
        });
        c.place(wait).step(Step.TAKE_WAIT, m -> {
            m.set(w.switchedSinceSave[m.fiber()], false);
            w.gilCond.startWait(m);
        });
        c.timedWake(w.gilCond, Step.TAKE_WAKE_SIGNALLED, Step.TAKE_WAKE_TIMEOUT,
                (m, timedOut) -> wake(m, timedOut, wait, ready));
        Action setRequest = m -> {
            int holder = m.get(w.holder[m.fiber()]) - 1;
            if (holder < 0) {
                m.note("holder_tstate is NULL: the holder is exiting, no request (patch B)");
            } else {
                req.set(m, holder);
                m.set(w.dropRequested[m.fiber()], t.isOn(Toggle.EXIT_RESETS_OWN_REQUEST));
            }
            m.set(w.holder[m.fiber()], 0);
            m.jump(wait);
        };
        if (t.isOn(Toggle.WAIT_LOOP_CHECK)) {
            Label exiting = c.label("wait loop: must exit");
            check.mustExit(c, Step.WAIT_CHECK, exiting, null);
            c.step(Step.SET_DROP_REQUEST, setRequest);
            c.place(exiting);
            waitLoopExit(c, exit);
        } else {
            c.step(Step.SET_DROP_REQUEST, setRequest);
        }
        c.place(ready).await(Step.READY, w.switchMutex, this::ready);
        afterReady(c, exit, done);
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

    /** COND_TIMED_WAIT returned, gil->mutex re-locked: loop, go to _ready, or go on to the timeout branch. */
    private void wake(Machine m, boolean timedOut, Label wait, Label ready) {
        int self = m.fiber();
        boolean switched = m.isSet(w.switchedSinceSave[self]);
        m.set(w.switchedSinceSave[self], false);
        if (!m.isSet(w.locked)) {
            m.note("GIL free");
            m.jump(ready);
        } else if (!timedOut || switched) {
            m.note(switched ? "GIL switched hands meanwhile: wait again" : "GIL still locked: wait again");
            m.jump(wait);
        } else {
            m.set(w.holder[self], m.get(w.lastHolder));
            m.note("GIL still locked by %s and no switch: ask it to drop", holderName(m));
        }
    }

    /** Who gil->last_holder names; NULL once a thread exiting with the GIL cleared it (patch B). */
    private String holderName(Machine m) {
        int holder = m.get(w.lastHolder);
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
        m.set(w.locked, true);
        m.set(w.holdsGil[self], true);
        m.set(w.dropRequested[self], false);
        m.set(w.holder[self], 0);
        if (m.get(w.lastHolder) != self + 1) {
            m.set(w.lastHolder, self + 1);
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

    /** What take_gil does between _ready and returning, per the post-acquire check of the strategy. */
    private void afterReady(Code c, Label exit, Label done) {
        Action reset = req::resetOwn;
        Action unlockAndReturn = m -> {
            w.gilMutex.unlock(m);
            m.jump(done);
        };
        // gh-112175 (3.13) turned the pending async exception into an eval-breaker bit too: take_gil no
        // longer reads tstate->async_exc, so the step folds into the unlock.
        Action asyncExc = req.inHolderTstate() ? null : m -> mem.ownTstate(m, "read tstate->async_exc");
        boolean dropWithTstate = !t.isOn(Toggle.EXIT_DROP_WITHOUT_TSTATE);
        PostAcquireCheck post = t.value(PostAcquireCheck.class);
        Label exiting = post == PostAcquireCheck.NONE ? null : c.label("GIL taken: must exit");
        switch (post) {
            case AFTER_READY -> {
                check.mustExit(c, Step.POST_CHECK, exiting, null);
                c.step(Step.RESET_DROP_REQUEST, reset);
                asyncExc(c, asyncExc).step(Step.TAKE_UNLOCK, unlockAndReturn);
                c.place(exiting);
                if (t.isOn(Toggle.EXIT_CLEARS_LAST_HOLDER)) {
                    c.await(Step.POST_EXIT_CLEAR_LAST_HOLDER, w.switchMutex, m -> {
                        w.switchMutex.lock(m);
                        m.set(w.lastHolder, 0);
                        m.note("gil->last_holder = NULL: no waiter writes into this tstate");
                        w.switchMutex.unlock(m);
                    });
                }
                c.step(Step.POST_EXIT_UNLOCK, w.gilMutex::unlock);
                dropGil(c, dropWithTstate, exit);
            }
            case BEFORE_ASYNC_EXC -> {
                c.step(Step.RESET_DROP_REQUEST, reset);
                check.mustExit(c, Step.MUST_EXIT_LOCAL, exiting, null);
                asyncExc(c, asyncExc).step(Step.TAKE_UNLOCK, unlockAndReturn);
                c.place(exiting).step(Step.TAKE_UNLOCK, w.gilMutex::unlock);
                dropGil(c, dropWithTstate, exit);
            }
            case AFTER_UNLOCK -> {
                c.step(Step.RESET_DROP_REQUEST, reset);
                asyncExc(c, asyncExc).step(Step.TAKE_UNLOCK, w.gilMutex::unlock);
                check.mustExit(c, Step.LATE_CHECK, exiting, done);
                c.place(exiting);
                dropGil(c, dropWithTstate, exit);
            }
            default -> {
                c.step(Step.RESET_DROP_REQUEST, reset);
                asyncExc(c, asyncExc).step(Step.TAKE_UNLOCK, unlockAndReturn);
            }
        }
    }

    private static Code asyncExc(Code c, Action read) {
        return read == null ? c : c.step(Step.ASYNC_EXC, read);
    }

    /**
     * drop_gil(tstate), or drop_gil(NULL) when {@code withTstate} is false (no FORCE_SWITCHING then);
     * jumps to {@code done}.
     */
    void dropGil(Code c, boolean withTstate, Label done) {
        c.await(Step.DROP_RELEASE, w.gilMutex, m -> {
            w.gilMutex.lock(m);
            if (withTstate && req.inHolderTstate()) {
                mem.ownTstate(m, "tstate->_status.holds_gil = 0");
            }
            m.set(w.locked, false);
            m.set(w.holdsGil[m.fiber()], false);
            w.gilCond.signal(m);
            w.gilMutex.unlock(m);
            m.note("GIL released");
            if (!withTstate) {
                m.jump(done);
            }
        });
        if (!withTstate) {
            return;
        }
        c.step(Step.DROP_READ_REQUEST, m -> {
            if (!req.readInDropGil(m)) {
                m.jump(done);
            }
        });
        c.await(Step.DROP_SWITCH_LOCK, w.switchMutex, m -> {
            w.switchMutex.lock(m);
            if (m.get(w.lastHolder) != m.fiber() + 1) {
                w.switchMutex.unlock(m);
                m.note(m.get(w.lastHolder) == 0 ? "gil->last_holder is NULL: no need to wait"
                        : "%s took the GIL already: no need to wait", holderName(m));
                m.jump(done);
            } else {
                m.note("nobody took the GIL yet: wait for a switch");
            }
        });
        if (t.isOn(Toggle.DROP_RESET_VIA_TSTATE)) {
            c.step(Step.DROP_RESET_READ_TSTATE_INTERP, m -> mem.ownTstate(m, "read tstate->interp"));
        }
        c.step(Step.DROP_RESET, req::resetOwn);
        c.step(Step.DROP_SWITCH_WAIT, w.switchCond::startWait);
        c.wakeOnSignal(Step.DROP_SWITCH_WAKE, w.switchCond, m -> {
            w.switchMutex.unlock(m);
            m.jump(done);
        });
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
