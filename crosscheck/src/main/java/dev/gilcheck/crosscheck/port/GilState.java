package dev.gilcheck.crosscheck.port;

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

    /*
     * Accesses made under gil->mutex (or switch_mutex) to fields that every other thread changes
     * only under that same mutex cannot be told apart from the lock step: no switch point of their
     * own (ghost). The exceptions stay plain accesses: gil_created() reads locked without a lock,
     * and destroy_gil writes it without one (then it has already found the mutexes in use if any
     * thread was inside a critical section, a fatal finding).
     */

    /** take_gil's loop test, gil->mutex held. */
    boolean ghostLockedNow() {
        return locked != 0;
    }

    long ghostSwitchNumber() {
        return switchNumber;
    }

    /** take_gil after a timed-out wait, gil->mutex held: still locked, by the same holder? */
    boolean ghostNoSwitchSince(long saved) {
        return locked != 0 && switchNumber == saved;
    }

    /** take_gil reads last_holder (3.13), gil->mutex held; only _ready changes it, under that mutex. */
    ThreadState ghostLastHolder() {
        return lastHolder;
    }

    /** The _ready block, both mutexes held: locked = 1, and a new holder moves switch_number. */
    void ghostTaken(ThreadState ts) {
        locked = 1;
        if (lastHolder != ts) {
            lastHolder = ts;
            switchNumber++;
        }
    }

    /** drop_gil's store of last_holder: the holder stores itself, already there since its _ready. */
    void ghostStoreLastHolder(ThreadState ts) {
        lastHolder = ts;
    }

    /** drop_gil: locked = 0, gil->mutex held. */
    void ghostReleased() {
        locked = 0;
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
