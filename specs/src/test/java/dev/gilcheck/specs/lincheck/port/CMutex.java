package dev.gilcheck.specs.lincheck.port;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;

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

    /**
     * MUTEX_LOCK. Checked once the lock is taken: a pthread_mutex_lock that completes on a mutex
     * destroyed meanwhile used it after destroy too (checking only before would open a window
     * between the check and the lock that C does not have).
     */
    void lock(Site site) {
        if (!lock.tryLock()) {
            lock.lock();
        }
        if (destroyable && destroyed) {
            process.report(SyncMisuse.useAfterDestroy(site));
        }
    }

    void unlock() {
        lock.unlock();
    }

    /**
     * MUTEX_FINI. In use: held, or a thread queued to lock it, or {@code referencedByWait}: a thread
     * inside a wait on a condition of this mutex, asleep or woken (POSIX: destroying a mutex that a
     * condition wait references is undefined behaviour). The question and the mark are one step, as
     * pthread_mutex_destroy is one call: no thread slips in between.
     */
    void destroy(Site site, BooleanSupplier referencedByWait) {
        if (ghostDestroy(referencedByWait)) {
            process.report(SyncMisuse.destroyInUse(site, "held, or referenced by a condition wait"));
        }
    }

    private boolean ghostDestroy(BooleanSupplier referencedByWait) {
        destroyed = true;
        return lock.isLocked() || lock.hasQueuedThreads() || referencedByWait.getAsBoolean();
    }

    /** A thread that dies holding the mutex (a violation, the process gone) lets the others go on. */
    void releaseIfHeld() {
        while (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }
}
