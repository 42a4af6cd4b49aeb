package dev.gilcheck.checker.sync;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Machine;

/**
 * What each thread waits on: one field per thread, shared by every {@link Cond} made here, since a
 * thread waits on one condition at a time. 0 is "not waiting"; condition k (in the order they are
 * made) uses 2k+1 for "waiting" and 2k+2 for "waiting and signalled".
 */
public final class WaitSlots {
    private final Field[] slots;
    private int conds;

    /** @param slots one field per thread, each able to hold {@link #maxCode} for the conditions to come */
    public WaitSlots(Field[] slots) {
        this.slots = slots.clone();
    }

    /** The largest value a slot holds with {@code conds} conditions. */
    public static int maxCode(int conds) {
        return 2 * conds;
    }

    /** A new condition variable used with {@code mutex}. */
    public Cond cond(String name, Mutex mutex, Field destroyed, String invariant) {
        int waiting = 2 * conds + 1;
        if (waiting + 1 > slots[0].max()) {
            throw new IllegalStateException("the wait slots have no room for condition " + name);
        }
        conds++;
        Cond c = new Cond(name, this, mutex, waiting, destroyed, invariant);
        mutex.usedBy(c);
        return c;
    }

    int threads() {
        return slots.length;
    }

    int get(Machine m, int thread) {
        return m.get(slots[thread]);
    }

    void set(Machine m, int thread, int code) {
        m.set(slots[thread], code);
    }

    /** The calling thread waits on nothing (it left the wait, or never began one). */
    public void leave(Machine m) {
        m.set(slots[m.fiber()], 0);
    }
}
