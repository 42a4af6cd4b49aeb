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

    void destroy(Site site) {
        if (lock.isLocked() || lock.hasQueuedThreads()) {
            process.report(SyncMisuse.destroyInUse(site, "held or awaited"));
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
