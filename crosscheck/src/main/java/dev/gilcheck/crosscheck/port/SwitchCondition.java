package dev.gilcheck.crosscheck.port;

/**
 * gil->switch_cond with gil->switch_mutex: the untimed COND_WAIT of FORCE_SWITCHING. A thread
 * waiting here wakes only when someone passes _ready and signals, so if nobody ever will, it waits
 * for ever and Lincheck reports the hang. A signal wakes one of the threads asleep at that moment
 * (the first by slot; pthreads leaves it open).
 * Releasing the mutex and starting to wait are one step, as in pthread_cond_wait.
 */
final class SwitchCondition {
    final CMutex mutex;
    private final Process process;
    private final boolean[] waiting;
    private final boolean[] asleep;
    private boolean destroyed;

    SwitchCondition(CMutex mutex, int threads, Process process) {
        this.mutex = mutex;
        this.process = process;
        this.waiting = new boolean[threads];
        this.asleep = new boolean[threads];
    }

    /** COND_WAIT with the switch mutex held; returns with it held again. */
    void await(int slot, Site site) {
        if (ghostStartWaiting(slot)) {
            process.report(SyncMisuse.useAfterDestroy(site));
        }
        mutex.unlock();
        synchronized (this) {
            while (ghostKeepsSleeping(slot)) {
                Monitors.await(this);
            }
        }
        process.ghostCheckRunning();
        mutex.lock(site);
        ghostStopWaiting(slot);
    }

    /** COND_SIGNAL, with the switch mutex held. */
    void signal() {
        if (ghostSignal()) {
            Monitors.wakeAll(this);
        }
    }

    /** The run is over: whoever waits here must see it and stop. */
    void wakeAllForEnd() {
        if (ghostAnyWaiter()) {
            Monitors.wakeAll(this);
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

    /** Whether a thread is inside a wait on switch_cond (which references switch_mutex), asleep or woken. */
    boolean ghostAnyWaiter() {
        for (boolean w : waiting) {
            if (w) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether the condition was already destroyed. */
    private boolean ghostStartWaiting(int slot) {
        waiting[slot] = true;
        asleep[slot] = true;
        return destroyed;
    }

    private boolean ghostKeepsSleeping(int slot) {
        return asleep[slot] && !process.ghostIsOver();
    }

    private void ghostStopWaiting(int slot) {
        waiting[slot] = false;
    }

    /** Wakes the first thread asleep here, if any; returns whether there was one. */
    private boolean ghostSignal() {
        for (int s = 0; s < asleep.length; s++) {
            if (asleep[s]) {
                asleep[s] = false;
                return true;
            }
        }
        return false;
    }

    private boolean ghostDestroy() {
        destroyed = true;
        return ghostAnyWaiter();
    }
}
