package dev.gilcheck.specs.lincheck.port;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A pthread mutex (MUTEX_LOCK / MUTEX_UNLOCK / MUTEX_FINI). Only a GIL that Py_Finalize can
 * destroy (before bpo-9901) checks for use after destroy; the JVM lock itself says whether
 * someone holds it or queues for it when it is destroyed.
 */
final class CMutex {
    final ReentrantLock lock = new ReentrantLock();
    private final boolean destroyable;
    private final Process process;
    private boolean destroyed;

    CMutex(boolean destroyable, Process process) {
        this.destroyable = destroyable;
        this.process = process;
    }

    void lock(Site site) {
        if (destroyable && destroyed) {
            process.report(SyncMisuse.useAfterDestroy(site));
        }
        if (!lock.tryLock()) {
            lock.lock();
        }
    }

    void unlock() {
        lock.unlock();
    }

    /**
     * MUTEX_FINI. In use: held, or a thread queued to lock it, which includes a thread signalled on a
     * java.util.concurrent Condition of this lock (it re-locks before await returns), or
     * {@code condWaiterRelocking}: the same for the port's own timed condition.
     */
    void destroy(Site site, boolean condWaiterRelocking) {
        if (lock.isLocked() || lock.hasQueuedThreads() || condWaiterRelocking) {
            process.report(SyncMisuse.destroyInUse(site, "held or about to be locked"));
        }
        destroyed = true;
    }

    /** A thread that dies holding the mutex (a violation, the process gone) lets the others go on. */
    void releaseIfHeld() {
        while (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }
}
