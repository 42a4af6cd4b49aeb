package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.store.Canonicalizer;

/**
 * Daemon threads are interchangeable: they run one program, start alike, and every step treats the
 * others alike, provided the main thread's loops over the thread states may visit the daemons in
 * any order ({@link FreeOrder#any}). So two worlds that differ only by a permutation of the daemons
 * have the same future, up to that permutation. The representative sorts the daemons by their own
 * fields and by how the shared thread pointers (gil->mutex and switch_mutex owners, last_holder,
 * each thread's holder local) point at them, then renames every pointer to a daemon, buffered
 * stores to last_holder included. The main thread and the C threads keep their places; under
 * x86-TSO each thread's store buffer moves with it, and so does its flusher fiber.
 */
final class DaemonSymmetry implements Canonicalizer {
    private final World w;
    private final FreeOrder freeOrder;
    private final Field[][] perThread;
    private final Field[] pointers;
    private final int holderKindBits;

    DaemonSymmetry(World w, FreeOrder freeOrder) {
        this.w = w;
        this.freeOrder = freeOrder;
        this.perThread = w.perThread();
        this.pointers = w.threadPointers();
        this.holderKindBits = 32 - Integer.numberOfLeadingZeros(3 + w.fibers());
        int bits = pointers.length;
        for (Field[] kind : perThread) {
            bits += kind == w.holder ? holderKindBits : kind[1].bits();
        }
        if (bits > 64) {
            throw new IllegalStateException("a daemon's key needs " + bits + " bits, more than a long holds");
        }
    }

    @Override
    public int[] permutation(long[] world) {
        int n = w.fibers();
        int[] order = new int[n];
        for (int f = 0; f < n; f++) {
            order[f] = f;
        }
        int daemons = w.bounds.daemons();
        if (daemons < 2) {
            return withFlushers(order);
        }
        long[] keys = new long[daemons + 1];
        for (int d = 1; d <= daemons; d++) {
            keys[d] = key(world, d);
        }
        for (int i = 2; i <= daemons; i++) {
            int d = order[i];
            int j = i - 1;
            while (j >= 1 && Long.compareUnsigned(keys[order[j]], keys[d]) > 0) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = d;
        }
        return withFlushers(order);
    }

    /** Under x86-TSO each thread's store-buffer flusher (fiber n + f) follows its thread. */
    private int[] withFlushers(int[] threads) {
        if (w.buffers == null) {
            return threads;
        }
        int n = threads.length;
        int[] order = java.util.Arrays.copyOf(threads, 2 * n);
        for (int f = 0; f < n; f++) {
            order[n + f] = n + threads[f];
        }
        return order;
    }

    /**
     * What daemon {@code d} looks like without its number, packed in a long: its own fields, and who
     * points at it or at whom it points. Every field gets its full width, so keys compare as the
     * fields would.
     */
    private long key(long[] world, int d) {
        long key = 0;
        for (Field[] kind : perThread) {
            Field f = kind[d];
            key = kind == w.holder ? key << holderKindBits | pointerKind(f.get(world), d) : key << f.bits() | f.get(world);
        }
        for (Field p : pointers) {
            key = key << 1 | (p.get(world) == d + 1 ? 1 : 0);
        }
        return key;
    }

    /** A thread pointer as seen from daemon {@code d}: none, itself, another daemon, or the fixed thread it names. */
    private int pointerKind(int value, int d) {
        if (value == 0) {
            return 0;
        }
        if (value == d + 1) {
            return 1;
        }
        return w.isDaemon(value - 1) ? 2 : 3 + value;
    }

    /** The main thread's choice of which daemon to visit names a daemon: alternative d-1 visits Dd. */
    @Override
    public int alternativeIn(long[] world, int fiber, int alternative, int[] order) {
        return fiber == 0 && freeOrder.isChoice(w.pc[0].get(world)) ? order[alternative + 1] - 1 : alternative;
    }

    @Override
    public long[] permute(long[] world, int[] order) {
        long[] out = world.clone();
        int threads = w.fibers();
        int[] renamed = new int[threads];
        for (int i = 0; i < threads; i++) {
            renamed[order[i]] = i;
            if (order[i] != i) {
                for (Field[] kind : perThread) {
                    kind[i].set(out, kind[order[i]].get(world));
                }
            }
        }
        for (Field p : pointers) {
            p.set(out, rename(p.get(out), renamed));
        }
        for (Field h : w.holder) {
            h.set(out, rename(h.get(out), renamed));
        }
        if (w.buffers != null) {
            w.buffers.renameValues(out, w.lastHolder, v -> rename(v, renamed));
        }
        return out;
    }

    private static int rename(int pointer, int[] renamed) {
        return pointer == 0 ? 0 : renamed[pointer - 1] + 1;
    }
}
