package dev.gilcheck.specs.lincheck.port;

import java.util.concurrent.locks.Condition;

/**
 * gil->switch_cond with gil->switch_mutex: the untimed COND_WAIT of FORCE_SWITCHING, on a real
 * java.util.concurrent Condition. A thread waiting here wakes only when someone passes _ready, so
 * if nobody ever will, it waits for ever and Lincheck reports the hang.
 */
final class SwitchCondition {
    final CMutex mutex;
    private final Condition cond;
    private final Process process;
    private int waiters;
    private boolean destroyed;

    SwitchCondition(CMutex mutex, Process process) {
        this.mutex = mutex;
        this.cond = mutex.lock.newCondition();
        this.process = process;
    }

    /** COND_WAIT with the switch mutex held. */
    void await(Site site) {
        if (destroyed) {
            process.report(SyncMisuse.useAfterDestroy(site));
        }
        ghostCountWaiter(1);
        try {
            process.ghostCheckRunning();
            cond.awaitUninterruptibly();
        } finally {
            ghostCountWaiter(-1);
        }
        process.ghostCheckRunning();
    }

    /** COND_SIGNAL, with the switch mutex held. */
    void signal() {
        cond.signal();
    }

    /**
     * The run is over: whoever waits here must see it and stop. A waiter counts itself before it
     * looks at the run, the ender marks the run over before it counts waiters, so one of them
     * sees the other.
     */
    void wakeAllForEnd() {
        if (ghostAnyWaiter()) {
            mutex.lock.lock();
            try {
                cond.signalAll();
            } finally {
                mutex.lock.unlock();
            }
        }
    }

    private void ghostCountWaiter(int delta) {
        waiters += delta;
    }

    /** Whether a thread is inside a wait on switch_cond (which references switch_mutex). */
    boolean ghostAnyWaiter() {
        return waiters > 0;
    }

    void destroy(Site site) {
        if (waiters > 0) {
            process.report(SyncMisuse.destroyInUse(site, "a thread waits on it"));
        }
        destroyed = true;
    }
}
