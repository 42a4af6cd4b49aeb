package dev.gilcheck.crosscheck.port;

import java.util.function.BooleanSupplier;

/**
 * A version of shared protocol memory, advanced by every write that changes it, with a monitor to
 * sleep on. It is what lets a timed waiter block (as a sleeping pthread does) instead of spinning,
 * yet time out whenever a timeout could make a difference. Methods named ghost* are bookkeeping,
 * not C behaviour, never block, and Lincheck is told not to interleave inside them.
 */
final class Changes {
    private long version;
    private int sleepers;
    /** Every sleeper was woken since it last looked at the version: no need to wake them again. */
    private boolean wakePending;

    /** Memory changed: wake whoever sleeps (a switch point only if someone does). */
    void bump() {
        if (ghostAdvance()) {
            wakeSleepers();
        }
    }

    /**
     * The version moves and the sleeper count is read in one ghost step; a sleeper counts itself
     * and tests its wake-up condition inside the monitor, so no wake-up is lost, and the common
     * cases (nobody asleep, or all already woken and not yet back) are no switch point at all.
     */
    private boolean ghostAdvance() {
        version++;
        return ghostWakeNeeded();
    }

    /** Whether a sleeper has to be woken; if so, from now on it counts as woken. */
    boolean ghostWakeNeeded() {
        if (sleepers == 0 || wakePending) {
            return false;
        }
        wakePending = true;
        return true;
    }

    void wakeSleepers() {
        Monitors.wakeAll(this);
    }

    /** Sleeps until {@code awake} holds, tested (as bookkeeping) now and after every wake-up. */
    void sleepUntil(BooleanSupplier awake) {
        synchronized (this) {
            ghostCountSleeper(1);
            try {
                while (!ghostTest(awake)) {
                    ghostGoesToSleep();
                    Monitors.await(this);
                }
            } finally {
                ghostCountSleeper(-1);
            }
        }
    }

    /** A sleeper that (re)starts sleeping has seen the latest version: the next change must wake it. */
    private void ghostGoesToSleep() {
        wakePending = false;
    }

    private static boolean ghostTest(BooleanSupplier condition) {
        return condition.getAsBoolean();
    }

    private void ghostCountSleeper(int delta) {
        sleepers += delta;
    }

    long ghostVersion() {
        return version;
    }
}
