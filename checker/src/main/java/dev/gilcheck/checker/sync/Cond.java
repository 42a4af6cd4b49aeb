package dev.gilcheck.checker.sync;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Guard;
import dev.gilcheck.checker.engine.Instruction;
import dev.gilcheck.checker.engine.Machine;
import dev.gilcheck.checker.engine.Site;

/**
 * A condition variable used with one {@link Mutex}. A wait is two steps: {@link #startWait}
 * (unlock and sleep, one atomic action as in POSIX) and a wake that re-locks the mutex once it is
 * free.
 *
 * <p>Signals. A signal marks every waiter signalled: POSIX allows a waiter to return without a
 * signal, so a waiter that in reality stays asleep may always do what a woken one does, and a
 * signal is a broadcast here. A timed wait returns either signalled or timed out, a choice of two
 * alternatives ({@link #timedWake}); a waiter that was not signalled may time out at any moment. An
 * untimed wait wakes only when signalled ({@link #signalled}).
 */
public final class Cond extends Destroyable {
    private final WaitSlots slots;
    private final Mutex mutex;
    private final int waiting;
    private final int signalled;

    Cond(String name, WaitSlots slots, Mutex mutex, int waiting, Field destroyed, String invariant) {
        super(name, destroyed, invariant);
        this.slots = slots;
        this.mutex = mutex;
        this.waiting = waiting;
        this.signalled = waiting + 1;
    }

    public Mutex mutex() {
        return mutex;
    }

    /** COND_WAIT / COND_TIMED_WAIT up to sleeping: the calling thread unlocks the mutex and waits. */
    public void startWait(Machine m) {
        use(m);
        mutex.unlock(m);
        slots.set(m, m.fiber(), waiting);
    }

    /** Guard: the calling thread was signalled and can re-lock the mutex. */
    public Guard signalled() {
        return m -> slots.get(m, m.fiber()) == signalled && mutex.isFree(m);
    }

    /** Guard: the calling thread waits unsignalled and can re-lock the mutex, so its timed wait may time out. */
    public Guard timesOut() {
        return m -> slots.get(m, m.fiber()) == waiting && mutex.isFree(m);
    }

    /** What a waiter waits for before it is signalled ... */
    public String waitsForSignal() {
        return name() + " is signalled and " + mutex.name() + " is free";
    }

    /** ... and before it may time out. */
    public String waitsForTimeout() {
        return mutex.name() + " is free";
    }

    /** The wait returns: the calling thread stops waiting and holds the mutex again. */
    public void wake(Machine m) {
        slots.leave(m);
        mutex.lock(m);
    }

    /** What the caller does once its timed wait returned, the mutex held again. */
    @FunctionalInterface
    public interface AfterTimedWait {
        void run(Machine m, boolean timedOut);
    }

    /**
     * COND_TIMED_WAIT's return as the two alternatives of one program point, tagged
     * {@code signalled} and {@code timeout}: each wakes the caller, then runs {@code then}.
     */
    public Instruction[] timedWake(Site onSignal, Site onTimeout, AfterTimedWait then) {
        return new Instruction[] {
            new Instruction(onSignal, "signalled", signalled(), waitsForSignal(), m -> {
                wake(m);
                then.run(m, false);
            }),
            new Instruction(onTimeout, "timeout", timesOut(), waitsForTimeout(), m -> {
                wake(m);
                then.run(m, true);
            })
        };
    }

    /** COND_SIGNAL, which wakes every waiter here (see the class comment). */
    public void signal(Machine m) {
        broadcast(m);
    }

    /** COND_BROADCAST: every thread waiting on this condition is signalled. */
    public void broadcast(Machine m) {
        use(m);
        for (int f = 0; f < slots.threads(); f++) {
            if (slots.get(m, f) == waiting) {
                slots.set(m, f, signalled);
            }
        }
    }

    /** Whether thread {@code fiber} waits on this condition, signalled or not. */
    public boolean isWaiting(Machine m, int fiber) {
        int code = slots.get(m, fiber);
        return code == waiting || code == signalled;
    }

    /** Whether any thread waits on it, and so references it and its mutex. */
    public boolean hasWaiters(Machine m) {
        for (int f = 0; f < slots.threads(); f++) {
            if (isWaiting(m, f)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected boolean inUse(Machine m) {
        return hasWaiters(m);
    }
}
