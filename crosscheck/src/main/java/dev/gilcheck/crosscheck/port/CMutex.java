package dev.gilcheck.crosscheck.port;

import java.util.function.BooleanSupplier;

/**
 * A pthread mutex (MUTEX_LOCK / MUTEX_UNLOCK / MUTEX_FINI) on a Java monitor: the holder and the
 * threads queued for it are bookkeeping (ghost*), so a lock is one switch point, and a thread that
 * finds the mutex held waits on the monitor until it is released. Only a GIL that Py_Finalize can
 * destroy (before bpo-9901) checks for use after destroy.
 */
final class CMutex {
    private final boolean destroyable;
    private final Process process;
    private Thread holder;
    private int queued;
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
        synchronized (this) {
            boolean queuedHere = ghostQueueIfHeld();
            if (queuedHere) {
                do {
                    Monitors.await(this);
                } while (ghostHeldByOther());
            }
            if (ghostTake(queuedHere)) {
                process.report(SyncMisuse.useAfterDestroy(site));
            }
        }
    }

    /** MUTEX_UNLOCK: a switch point only when someone is queued and must be woken. */
    void unlock() {
        if (ghostRelease()) {
            Monitors.wakeAll(this);
        }
    }

    /**
     * MUTEX_FINI. In use: held, or a thread queued to lock it, or {@code referencedByWait}: a thread
     * inside a wait on a condition of this mutex, asleep or woken (POSIX: destroying a mutex that a
     * condition wait references is undefined behaviour). The question and the mark are one step, as
     * pthread_mutex_destroy is one call: no thread slips in between.
     */
    void destroy(Site site, BooleanSupplier referencedByWait) {
        synchronized (this) {
            if (ghostDestroy(referencedByWait)) {
                process.report(SyncMisuse.destroyInUse(site, "held, or referenced by a condition wait"));
            }
        }
    }

    /** A thread that dies holding the mutex (a violation, the process gone) lets the others go on. */
    void releaseIfHeld() {
        if (ghostHeldByCurrent()) {
            unlock();
        }
    }

    private boolean ghostQueueIfHeld() {
        if (holder == null) {
            return false;
        }
        queued++;
        return true;
    }

    private boolean ghostHeldByOther() {
        return holder != null;
    }

    /** Takes the mutex (leaving the queue if this thread was in it); returns whether it was destroyed. */
    private boolean ghostTake(boolean wasQueued) {
        if (wasQueued) {
            queued--;
        }
        holder = Thread.currentThread();
        return destroyable && destroyed;
    }

    /** Returns whether a thread is queued and must be woken. */
    private boolean ghostRelease() {
        holder = null;
        return queued > 0;
    }

    private boolean ghostHeldByCurrent() {
        return holder == Thread.currentThread();
    }

    private boolean ghostDestroy(BooleanSupplier referencedByWait) {
        destroyed = true;
        return holder != null || queued > 0 || referencedByWait.getAsBoolean();
    }
}
