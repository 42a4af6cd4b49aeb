package dev.gilcheck.checker.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A set of 64-bit fingerprints (never 0) that several threads add to at once: open addressing with
 * linear probing, a slot claimed by one compare-and-set. Each slot is two longs side by side, the
 * fingerprint and its id plus one (0 until given), so a probe and the id it finds are one cache line;
 * ids are given by one thread between rounds of adding. It does not grow while threads add: {@link
 * #ensureRoom} makes room first, from one thread, growing by half (see {@link Probing}).
 *
 * <p>A compare-and-set is a full fence on x86: the processor does not start the next probe's load
 * before it, so adding one fingerprint after another pays one whole cache miss each. {@link #prefetch}
 * reads where several fingerprints go with plain loads first, which the processor overlaps.
 *
 * <p>Nothing but the table is written while threads add: a field written beside {@code table} would
 * take the cache line every probe reads away from the other threads.
 */
public final class ConcurrentFingerprintSet {
    private static final VarHandle SLOT = MethodHandles.arrayElementVarHandle(long[].class);

    /** Per slot, the fingerprint (0 when empty), then its id plus one. */
    private long[] table;

    public ConcurrentFingerprintSet(int capacity) {
        table = new long[2 * lengthFor(Math.max(16, capacity), 16)];
    }

    /** Adds {@code print}; true when it was not in the set. Safe to call from several threads at once. */
    public boolean add(long print) {
        return insert(print) >= 0;
    }

    /** Whether {@code print} is in the set. Safe to call from several threads at once. */
    public boolean contains(long print) {
        int length = table.length / 2;
        for (int i = home(print, length); ; i = Probing.next(i, length)) {
            long p = (long) SLOT.getVolatile(table, 2 * i);
            if (p == print) {
                return true;
            }
            if (p == 0) {
                return false;
            }
        }
    }

    /**
     * Reads the home slots of {@code count} fingerprints, so that adding them next finds them cached;
     * returns what it read, for the caller to keep (so that the reads are not optimized away).
     */
    public long prefetch(long[] prints, int count) {
        int length = table.length / 2;
        long sum = 0;
        for (int k = 0; k < count; k++) {
            sum += table[2 * home(prints[k], length)];
        }
        return sum;
    }

    /** Reads the first {@code count} of {@code slots}, so that their ids are next found cached; as {@link #prefetch}. */
    public long prefetchSlots(int[] slots, int count) {
        long sum = 0;
        for (int k = 0; k < count; k++) {
            sum += table[2 * slots[k] + 1];
        }
        return sum;
    }

    /** Adds {@code print}: returns its slot when it is new, {@code -(slot + 1)} when it was there. */
    public int insert(long print) {
        int length = table.length / 2;
        for (int i = home(print, length); ; i = Probing.next(i, length)) {
            long p = (long) SLOT.getVolatile(table, 2 * i);
            if (p == 0) {
                if (SLOT.compareAndSet(table, 2 * i, 0L, print)) {
                    return i;
                }
                p = (long) SLOT.getVolatile(table, 2 * i);
            }
            if (p == print) {
                return -(i + 1);
            }
        }
    }

    /** The id given to the fingerprint in {@code slot}, or -1 when none was given yet. */
    public int id(int slot) {
        return (int) table[2 * slot + 1] - 1;
    }

    /** Gives the fingerprint in {@code slot} its id; by one thread, while no thread adds. */
    public void assign(int slot, int id) {
        table[2 * slot + 1] = id + 1L;
    }

    /**
     * Makes room for {@code more} fingerprints beyond the {@code given} that have ids, keeping the load
     * at most seven tenths; by one thread, while every fingerprint added has its id.
     */
    public void ensureRoom(int given, int more) {
        int length = lengthFor(given + more, table.length / 2);
        if (length == table.length / 2) {
            return;
        }
        long[] old = table;
        table = new long[2 * length];
        for (int k = 0; k < old.length; k += 2) {
            if (old[k] != 0 && old[k + 1] != 0) {
                int i = home(old[k], length);
                while (table[2 * i] != 0) {
                    i = Probing.next(i, length);
                }
                table[2 * i] = old[k];
                table[2 * i + 1] = old[k + 1];
            }
        }
    }

    public long bytes() {
        return 8L * table.length;
    }

    /** The table grown by half, held beside the old one while it is filled. */
    public long growthBytes() {
        return 8L * 2 * Probing.grown(table.length / 2);
    }

    /** {@code length} slots, grown by half as often as it takes to hold {@code entries} (see {@link Probing#full}). */
    private static int lengthFor(int entries, int length) {
        while (Probing.full(entries - 1, length)) {
            length = Probing.grown(length);
        }
        return length;
    }

    /** Fingerprints are already hashes; the low bits still get one mix so that consecutive ones spread. */
    private static int home(long print, int length) {
        return Probing.home(print ^ (print >>> 29), length);
    }
}
