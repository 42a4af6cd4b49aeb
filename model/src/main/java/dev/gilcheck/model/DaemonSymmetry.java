package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.store.Canonicalizer;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;

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
    /** The bits of a daemon's number, below its key. */
    private static final int NUMBER_BITS = 32 - Integer.numberOfLeadingZeros(Bounds.MAX_DAEMONS);
    private final World w;
    private final FreeOrder freeOrder;
    private final Field[][] perThread;
    private final Field[] pointers;
    private final int holderKind;
    /** Per kind of per-thread field: how many bits its part of a daemon's key takes. */
    private final int[] keyBits;
    /** Every per-thread field flattened, thread by thread, kind by kind, each {@link #packed} in one long so that a read is one load. */
    private final long[] fieldAt;
    /** Every field holding a thread pointer, {@link #packed}: the shared ones ({@link #pointerAt} is them alone), then each thread's holder local. */
    private final long[] renameAt;
    private final long[] pointerAt;
    private final ThreadFieldMoves moves;
    private final OwnBitsFold fold;
    /** Per thread and word, the bits of the thread's own fields ({@link World#perThreadBits}). */
    private final long[][] own;

    DaemonSymmetry(World w, FreeOrder freeOrder) {
        this.w = w;
        this.freeOrder = freeOrder;
        this.perThread = w.perThread();
        this.pointers = w.threadPointers();
        this.keyBits = new int[perThread.length];
        int holderKindBits = 32 - Integer.numberOfLeadingZeros(3 + w.fibers());
        int holder = -1;
        int bits = pointers.length;
        for (int k = 0; k < perThread.length; k++) {
            if (perThread[k] == w.holder) {
                holder = k;
            }
            keyBits[k] = perThread[k] == w.holder ? holderKindBits : perThread[k][1].bits();
            bits += keyBits[k];
        }
        this.holderKind = holder;
        int threads = w.fibers();
        this.fieldAt = new long[perThread.length * threads];
        for (int f = 0; f < threads; f++) {
            for (int k = 0; k < perThread.length; k++) {
                fieldAt[f * perThread.length + k] = packed(perThread[k][f]);
            }
        }
        this.renameAt = Stream.concat(Arrays.stream(pointers), Arrays.stream(w.holder))
                .mapToLong(DaemonSymmetry::packed).toArray();
        this.pointerAt = Arrays.copyOf(renameAt, pointers.length);
        this.own = w.perThreadBits();
        this.moves = new ThreadFieldMoves(perThread, own);
        this.fold = new OwnBitsFold(own, w.bounds.daemons());
        if (bits + NUMBER_BITS > 63) {
            throw new IllegalStateException("a daemon's key needs " + bits + " bits, and its number "
                    + NUMBER_BITS + ": more than 63");
        }
    }

    @Override
    public int[] permutation(long[] world) {
        return new OneThread().permutation(world);
    }

    @Override
    public long[] permute(long[] world, int[] order) {
        long[] out = world.clone();
        new OneThread().permuteInPlace(out, order);
        return out;
    }

    @Override
    public Canonicalizer forOneThread() {
        return new OneThread();
    }

    /** The main thread's choice of which daemon to visit names a daemon: alternative d-1 visits Dd. */
    @Override
    public int alternativeIn(long[] world, int fiber, int alternative, int[] order) {
        return fiber == 0 && freeOrder.isChoice(w.pc[0].get(world)) ? order[alternative + 1] - 1 : alternative;
    }

    /** A field's (unshifted) mask from bit 16, its word in bits 8 to 15, its shift below. */
    private static long packed(Field field) {
        if (field.word() > 0xFF || field.bits() > 32) {
            throw new IllegalStateException(field.name() + " is beyond word 255 or wider than 32 bits");
        }
        return (field.wordMask() >>> field.shift()) << 16 | (long) field.word() << 8 | field.shift();
    }

    /** The field packed in {@code at}. */
    private static int get(long[] world, long at) {
        return (int) ((world[(int) (at >>> 8) & 0xFF] >>> at) & (at >>> 16));
    }

    /** The per-thread field of kind {@code kind} of {@code thread}. */
    private int get(long[] world, int kind, int thread) {
        return get(world, fieldAt[thread * perThread.length + kind]);
    }

    private static void put(long[] world, long at, int value) {
        int word = (int) (at >>> 8) & 0xFF;
        world[word] = (world[word] & ~((at >>> 16) << at)) | ((long) value << at);
    }

    /**
     * What daemon {@code d} looks like without its number, packed in a long: its own fields (the
     * holder local as the kind of thread it points at); {@link OneThread#sort} puts below them whether each
     * shared thread pointer points at it. Every field gets its full width, so keys compare as the fields would.
     */
    private long ownKey(long[] world, int d) {
        long key = 0;
        for (int k = 0; k < perThread.length; k++) {
            int value = get(world, k, d);
            key = key << keyBits[k] | (k == holderKind ? pointerKind(value, d) : value);
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

    /**
     * The same symmetry with buffers of its own, for one thread: it canonicalizes a world in place
     * without allocating.
     */
    private final class OneThread implements Canonicalizer {
        private static final int CACHE_BITS = 10;
        private static final int CACHE_ENTRIES = 1 << CACHE_BITS;
        private final int[] order;
        /** By thread pointer (thread id + 1, 0 for NULL), what the permutation renames it to. */
        private final int[] renamed;
        /**
         * Indexed by thread pointer (thread id + 1, 0 for NULL), so that a pointer marks its thread's
         * key without a test: the keys of the daemons, and in the other slots bits nobody reads. A
         * key ends with the daemon's number, so keys never tie and equal fields keep the daemons' order.
         */
        private final long[] keys;
        private final long[] original;
        private final IntUnaryOperator renaming;
        /** The world whose successors come next, and its daemons' own keys. */
        private final long[] parent;
        private final long[] parentKeys;
        /** The bits in which the world being canonicalized differs from {@link #parent}, word by word. */
        private final long[] changed;
        private boolean expanding;
        /**
         * Per daemon, a direct-mapped cache of own keys by tag: a daemon has few states of its own,
         * and its key is a function of them (and of its number). An entry is the tag, then the key
         * plus one (0: empty).
         */
        private final long[] keyCache;

        OneThread() {
            int n = w.fibers();
            order = new int[w.buffers == null ? n : 2 * n];
            renamed = new int[n + 1];
            keys = new long[n + 1];
            original = new long[w.layout().words()];
            renaming = v -> renamed[v];
            parent = new long[w.layout().words()];
            changed = new long[parent.length];
            parentKeys = new long[w.bounds.daemons() + 1];
            keyCache = fold.folds() ? new long[parentKeys.length * CACHE_ENTRIES * 2] : null;
        }

        @Override
        public void expanding(long[] world) {
            if (keyCache != null) {
                System.arraycopy(world, 0, parent, 0, parent.length);
                for (int d = 1; d < parentKeys.length; d++) {
                    parentKeys[d] = cachedOwnKey(world, d, fold.tag(world, d));
                }
                expanding = true;
            }
        }

        @Override
        public int[] permutation(long[] world) {
            return sort(world).clone();
        }

        /** Sorts the daemons by key, into {@link #order}; the main thread and the C threads keep their places. */
        private int[] sort(long[] world) {
            int n = w.fibers();
            for (int f = 0; f < n; f++) {
                order[f] = f;
            }
            int daemons = w.bounds.daemons();
            if (daemons >= 2) {
                if (expanding) {
                    for (int k = 0; k < changed.length; k++) {
                        changed[k] = world[k] ^ parent[k];
                    }
                }
                for (int d = 1; d <= daemons; d++) {
                    keys[d + 1] = lookUpOwnKey(world, d) << (pointers.length + NUMBER_BITS) | d;
                }
                for (int p = 0; p < pointers.length; p++) {
                    keys[get(world, pointerAt[p])] |= 1L << (pointers.length - 1 - p + NUMBER_BITS);
                }
                for (int i = 2; i <= daemons; i++) {
                    int d = order[i];
                    int j = i - 1;
                    while (j >= 1 && keys[order[j] + 1] > keys[d + 1]) {
                        order[j + 1] = order[j];
                        j--;
                    }
                    order[j + 1] = d;
                }
            }
            if (w.buffers != null) {
                for (int f = 0; f < n; f++) {
                    order[n + f] = n + order[f];
                }
            }
            return order;
        }

        /**
         * Daemon {@code d}'s own key: the world being expanded's when none of its own bits {@link #changed} (most
         * steps change one daemon's, or none), else from the cache.
         */
        private long lookUpOwnKey(long[] world, int d) {
            if (keyCache == null) {
                return ownKey(world, d);
            }
            return expanding && !ownBitsChanged(d) ? parentKeys[d] : cachedOwnKey(world, d, fold.tag(world, d));
        }

        private boolean ownBitsChanged(int d) {
            long[] bits = own[d];
            long any = 0;
            for (int k = 0; k < changed.length; k++) {
                any |= changed[k] & bits[k];
            }
            return any != 0;
        }

        private long cachedOwnKey(long[] world, int d, long tag) {
            int e = 2 * (d * CACHE_ENTRIES + (int) ((tag * 0x9E3779B97F4A7C15L) >>> (64 - CACHE_BITS)));
            if (keyCache[e + 1] != 0 && keyCache[e] == tag) {
                return keyCache[e + 1] - 1;
            }
            long key = ownKey(world, d);
            keyCache[e] = tag;
            keyCache[e + 1] = key + 1;
            return key;
        }

        @Override
        public long[] permute(long[] world, int[] order) {
            return DaemonSymmetry.this.permute(world, order);
        }

        @Override
        public int alternativeIn(long[] world, int fiber, int alternative, int[] order) {
            return DaemonSymmetry.this.alternativeIn(world, fiber, alternative, order);
        }

        @Override
        public void canonicalize(long[] world) {
            int[] sorted = sort(world);
            if (!Canonicalizer.isIdentity(sorted)) {
                permuteInPlace(world, sorted);
            }
        }

        /** Fiber {@code i} of {@code world} becomes its fiber {@code order[i]}, every pointer to a thread renamed. */
        void permuteInPlace(long[] world, int[] order) {
            System.arraycopy(world, 0, original, 0, original.length);
            int threads = w.fibers();
            for (int i = 0; i < threads; i++) {
                renamed[order[i] + 1] = i + 1;
                if (order[i] != i) {
                    moves.copy(original, order[i], world, i);
                }
            }
            for (long at : renameAt) {
                put(world, at, renamed[get(world, at)]);
            }
            if (w.buffers != null) {
                w.buffers.renameValues(world, w.lastHolder, renaming);
            }
        }
    }
}
