package dev.gilcheck.checker.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * A set of 64-bit fingerprints (never 0) that several threads add to at once: open addressing with
 * linear probing, a slot claimed by one compare-and-set. Each slot also holds an id, given by one
 * thread between rounds of adding. It does not grow while threads add: {@link #ensureRoom} makes
 * room first, from one thread.
 */
public final class ConcurrentFingerprintSet {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);
    private static final int NO_ID = -1;

    private long[] prints;
    private int[] ids;
    private int claimed;

    public ConcurrentFingerprintSet(int capacity) {
        int slots = Integer.highestOneBit(Math.max(16, capacity) * 2 - 1);
        prints = new long[slots];
        ids = new int[slots];
        Arrays.fill(ids, NO_ID);
    }

    /** Adds {@code print}; true when it was not in the set. Safe to call from several threads at once. */
    public boolean add(long print) {
        return insert(print) >= 0;
    }

    /** Whether {@code print} is in the set. Safe to call from several threads at once. */
    public boolean contains(long print) {
        int mask = prints.length - 1;
        for (int i = (int) mix(print) & mask; ; i = (i + 1) & mask) {
            long p = (long) SLOT.getVolatile(prints, i);
            if (p == print) {
                return true;
            }
            if (p == 0) {
                return false;
            }
        }
    }

    /** Adds {@code print}: returns its slot when it is new, {@code -(slot + 1)} when it was there. */
    public int insert(long print) {
        int mask = prints.length - 1;
        for (int i = (int) mix(print) & mask; ; i = (i + 1) & mask) {
            long p = (long) SLOT.getVolatile(prints, i);
            if (p == 0) {
                if (SLOT.compareAndSet(prints, i, 0L, print)) {
                    return i;
                }
                p = (long) SLOT.getVolatile(prints, i);
            }
            if (p == print) {
                return -(i + 1);
            }
        }
    }

    /** The id given to the fingerprint in {@code slot}, or -1 when none was given yet. */
    public int id(int slot) {
        return ids[slot];
    }

    /** Gives the fingerprint in {@code slot} its id; by one thread, while no thread adds. */
    public void assign(int slot, int id) {
        ids[slot] = id;
        claimed++;
    }

    /** Makes room for {@code more} fingerprints beyond those given ids, keeping the load at most one half. */
    public void ensureRoom(int more) {
        if (2L * (claimed + more) <= prints.length) {
            return;
        }
        long[] oldPrints = prints;
        int[] oldIds = ids;
        int slots = prints.length;
        while (2L * (claimed + more) > slots) {
            slots *= 2;
        }
        prints = new long[slots];
        ids = new int[slots];
        Arrays.fill(ids, NO_ID);
        int mask = slots - 1;
        for (int k = 0; k < oldPrints.length; k++) {
            if (oldPrints[k] != 0 && oldIds[k] != NO_ID) {
                int i = (int) mix(oldPrints[k]) & mask;
                while (prints[i] != 0) {
                    i = (i + 1) & mask;
                }
                prints[i] = oldPrints[k];
                ids[i] = oldIds[k];
            }
        }
    }

    public long bytes() {
        return 12L * prints.length;
    }

    public long growthBytes() {
        return 24L * prints.length;
    }

    /** Fingerprints are already hashes; the low bits still get one mix so that tables of any size spread them. */
    private static long mix(long print) {
        return print ^ (print >>> 29);
    }
}
