package dev.gilcheck.crosscheck.port;

import java.util.Arrays;

/**
 * gil->cond as take_gil uses it: COND_TIMED_WAIT (unlock the mutex, sleep until signalled or
 * timed out, re-lock) and COND_SIGNAL.
 *
 * <p>Under Lincheck the JVM clock stands still, so a timed Java wait never times out, and a thread
 * that may wake at any moment keeps Lincheck busy with spinning. So the waiter sleeps on a monitor
 * and wakes when signalled, or "times out" when shared memory changed since its last timeout. A
 * timeout with nothing changed would repeat the previous one's reads and writes exactly (the C
 * loop is idempotent then), so leaving it out loses no behaviour. Releasing the mutex and starting
 * to wait are one step, as in pthread_cond_timedwait.
 */
final class TimedCondition {
    private final CMutex mutex;
    private final Process process;
    private final boolean[] waiting;
    private final boolean[] signalled;
    private final long[] lastTimeout;
    private boolean destroyed;

    TimedCondition(CMutex mutex, int threads, Process process) {
        this.mutex = mutex;
        this.process = process;
        this.waiting = new boolean[threads];
        this.signalled = new boolean[threads];
        this.lastTimeout = new long[threads];
        Arrays.fill(lastTimeout, -1);
    }

    /** Called with the mutex held; returns with it held. True if the wait timed out. */
    boolean timedWait(int slot, Site site) {
        if (ghostStartWaiting(slot)) {
            process.report(SyncMisuse.useAfterDestroy(site));
        }
        mutex.unlock();
        Changes changes = process.changes();
        changes.sleepUntil(() -> ghostWakes(slot, changes));
        process.ghostCheckRunning();
        boolean timedOut = ghostWokeTimedOut(slot, changes);
        mutex.lock(site);
        ghostStopWaiting(slot);
        return timedOut;
    }

    /**
     * COND_SIGNAL: wakes one waiter, if any. Which one is left open by pthreads; here the first
     * by slot, and the others, woken by the change that comes with the signal (locked = 0), may
     * time out and race for the GIL all the same.
     */
    void signal() {
        if (ghostSignalOne() && process.changes().ghostWakeNeeded()) {
            process.changes().wakeSleepers();
        }
    }

    /** COND_FINI: one step, the question and the mark. */
    void destroy(Site site) {
        synchronized (this) {
            if (ghostDestroy()) {
                process.report(SyncMisuse.destroyInUse(site, "a thread waits on it"));
            }
        }
    }

    /** Returns whether the condition was already destroyed. */
    private boolean ghostStartWaiting(int slot) {
        waiting[slot] = true;
        signalled[slot] = false;
        return destroyed;
    }

    private boolean ghostWakes(int slot, Changes changes) {
        return signalled[slot] || changes.ghostVersion() != lastTimeout[slot] || process.ghostIsOver();
    }

    private boolean ghostWokeTimedOut(int slot, Changes changes) {
        if (signalled[slot]) {
            return false;
        }
        lastTimeout[slot] = changes.ghostVersion();
        return true;
    }

    private void ghostStopWaiting(int slot) {
        waiting[slot] = false;
    }

    private boolean ghostDestroy() {
        destroyed = true;
        return ghostAnyWaiting();
    }

    /**
     * Whether a thread is inside a wait on this condition, asleep or woken and about to re-lock:
     * POSIX makes destroying a mutex that a condition wait references undefined behaviour.
     */
    boolean ghostAnyWaiting() {
        for (boolean w : waiting) {
            if (w) {
                return true;
            }
        }
        return false;
    }

    private boolean ghostSignalOne() {
        for (int s = 0; s < waiting.length; s++) {
            if (waiting[s] && !signalled[s]) {
                signalled[s] = true;
                return true;
            }
        }
        return false;
    }
}
