package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.Invariant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PyThreadState. The fields are the ones the GIL code reads: interp, async_exc, the drop-request
 * bit of the per-thread eval breaker (3.13+), state (SHUTTING_DOWN, 3.14) and the 3.14 refcount.
 */
final class ThreadState extends CObject {
    final String owner;
    final int slot;
    final InterpreterState interp;
    /** The next daemon's thread state in the interpreter's list (tstate->next), null at the end. */
    final ThreadState next;
    private boolean dropBit;
    private boolean shuttingDown;
    final AtomicInteger refcount = new AtomicInteger();

    ThreadState(String owner, int slot, InterpreterState interp, ThreadState next, Process process) {
        super(owner + "'s PyThreadState", Invariant.TSTATE_USE_AFTER_FREE.id(), process);
        this.owner = owner;
        this.slot = slot;
        this.interp = interp;
        this.next = next;
    }

    InterpreterState readInterp(Site site) {
        access(site);
        return interp;
    }

    void readAsyncExc(Site site) {
        access(site);
    }

    boolean readDropBit(Site site) {
        access(site);
        return ghostDropBit();
    }

    /** Returns whether the bit changed. */
    boolean writeDropBit(Site site, boolean value) {
        access(site);
        return ghostWriteDropBit(value);
    }

    boolean readShuttingDown(Site site) {
        access(site);
        return ghostShuttingDown();
    }

    /** 3.14's _PyThreadState_SetShuttingDown on this thread state. */
    void markShuttingDown(Site site) {
        access(site);
        ghostMarkShuttingDown();
        process.changed();
    }

    private boolean ghostDropBit() {
        return dropBit;
    }

    private boolean ghostWriteDropBit(boolean value) {
        boolean changed = dropBit != value;
        dropBit = value;
        return changed;
    }

    private boolean ghostShuttingDown() {
        return shuttingDown;
    }

    private void ghostMarkShuttingDown() {
        shuttingDown = true;
    }

    /**
     * decref_threadstate (gh-124878): an atomic add of -1; whoever takes the count to zero frees.
     * A decrement and a separate re-read, as a first version of this port had, let two threads
     * both see zero and free twice; the C code cannot do that.
     */
    void decref(Site site) {
        access(site);
        if (refcount.decrementAndGet() == 0) {
            free(site);
        }
    }
}
