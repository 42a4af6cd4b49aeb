package dev.gilcheck.specs.lincheck.port;

/**
 * struct _gil_runtime_state: locked (1 held, 0 free, -1 destroyed), switch_number, last_holder,
 * the mutex and cond that guard them, and FORCE_SWITCHING's switch mutex and cond. At start the
 * main thread holds the GIL: locked = 1, last_holder = its tstate.
 */
final class GilState {
    int locked = 1;
    long switchNumber;
    ThreadState lastHolder;
    final CMutex mutex;
    final TimedCondition cond;
    final SwitchCondition switchCond;

    GilState(ThreadState main, int threads, boolean destroyable, Process process) {
        this.lastHolder = main;
        this.mutex = new CMutex(destroyable, process);
        this.cond = new TimedCondition(mutex, threads, process);
        this.switchCond = new SwitchCondition(new CMutex(destroyable, process), threads, process);
    }

    /** A thread leaving the run early lets go of the GIL's locks and wakes the switch waiters. */
    void abandonedBy(boolean runOver) {
        mutex.releaseIfHeld();
        switchCond.mutex.releaseIfHeld();
        if (runOver) {
            switchCond.wakeAllForEnd();
        }
    }

    /** The process is gone: wake whoever still waits for a switch. */
    void processGone() {
        switchCond.wakeAllForEnd();
    }
}
