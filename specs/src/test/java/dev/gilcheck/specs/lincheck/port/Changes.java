package dev.gilcheck.specs.lincheck.port;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A version of shared protocol memory, advanced by every write that changes it, with a condition
 * to wait on. It is what lets a timed waiter block (as a sleeping pthread does) instead of
 * spinning, yet time out whenever a timeout could make a difference. Methods named ghost* are
 * bookkeeping, not C behaviour, never block, and Lincheck is told not to interleave inside them.
 */
final class Changes {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long version;
    private int sleepers;

    /** Memory changed: wake whoever sleeps. */
    void bump() {
        if (ghostAdvance()) {
            wakeSleepers();
        }
    }

    /**
     * The version moves before the sleeper count is read, and a sleeper counts itself before it
     * reads the version: whichever comes second sees the other, so no wake-up is lost, and the
     * common case (nobody asleep) takes no lock.
     */
    boolean ghostAdvance() {
        version++;
        return sleepers > 0;
    }

    boolean ghostAnySleeper() {
        return sleepers > 0;
    }

    void wakeSleepers() {
        if (!lock.tryLock()) {
            lock.lock();
        }
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes the lock as a sleeper, before looking at the version or the wake-up condition. */
    void beginSleep() {
        if (!lock.tryLock()) {
            lock.lock();
        }
        ghostCountSleeper(1);
    }

    void endSleep() {
        ghostCountSleeper(-1);
        lock.unlock();
    }

    private void ghostCountSleeper(int delta) {
        sleepers += delta;
    }

    long ghostVersion() {
        return version;
    }

    /** Between beginSleep and endSleep: sleeps until the next bump or wake-up. */
    void await() {
        changed.awaitUninterruptibly();
    }
}
