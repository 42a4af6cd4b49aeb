package dev.gilcheck.checker.sync;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Guard;
import dev.gilcheck.checker.engine.Machine;
import dev.gilcheck.checker.memory.Fence;
import java.util.ArrayList;
import java.util.List;

/**
 * A mutex whose owner is a field of the world: the owning thread's id + 1, or 0 when it is free.
 * Locking is a step guarded by {@link #isFree}. A mutex that a condition waiter will re-lock on
 * waking is referenced by that waiter, so destroying it then is undefined, like destroying it
 * locked (where pthread_mutex_destroy fails with EBUSY).
 */
public final class Mutex extends Destroyable {
    private final Field owner;
    private final List<Cond> conds = new ArrayList<>();
    private final Fence fence;

    /** @param owner a field holding 0 or a thread id + 1 */
    public Mutex(String name, Field owner, Field destroyed, String invariant) {
        this(name, owner, destroyed, invariant, Fence.NONE);
    }

    /**
     * A mutex whose lock and unlock are locked instructions: each drains the calling thread's
     * pending stores with {@code fence} first (x86: pthread_mutex_lock and unlock are LOCK'd
     * read-modify-writes of the lock word).
     */
    public Mutex(String name, Field owner, Field destroyed, String invariant, Fence fence) {
        super(name, destroyed, invariant);
        this.owner = owner;
        this.fence = fence;
    }

    /** Whether no thread holds it: the guard of every step that locks it. */
    public boolean isFree(Machine m) {
        return m.get(owner) == 0;
    }

    /** {@link #isFree} as a guard. */
    public Guard free() {
        return this::isFree;
    }

    /** MUTEX_LOCK by the calling thread, whose step waited for {@link #isFree}. */
    public void lock(Machine m) {
        fence.drain(m);
        use(m);
        m.set(owner, m.fiber() + 1);
    }

    /**
     * MUTEX_UNLOCK by the calling thread, which holds it: destroying a held mutex already broke the
     * lifetime rule (and ended the run), so there is nothing more to check here.
     */
    public void unlock(Machine m) {
        fence.drain(m);
        m.set(owner, 0);
    }

    void usedBy(Cond cond) {
        conds.add(cond);
    }

    @Override
    protected boolean inUse(Machine m) {
        if (!isFree(m)) {
            return true;
        }
        for (Cond c : conds) {
            if (c.hasWaiters(m)) {
                return true;
            }
        }
        return false;
    }
}
