package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.store.Canonicalizer;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

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
    private final int holderKind;
    /** Per kind of per-thread field: how many bits its part of a daemon's key takes. */
    private final int[] keyBits;
    /**
     * Every per-thread field flattened, thread by thread, kind by kind, packed in one long so that a
     * read is one load: its (unshifted) mask from bit 16, its word in bits 8 to 15, its shift below.
     */
    private final long[] fieldAt;

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
                Field field = perThread[k][f];
                if (field.word() > 0xFF || field.bits() > 32) {
                    throw new IllegalStateException(field.name() + " is beyond word 255 or wider than 32 bits");
                }
                fieldAt[f * perThread.length + k] = (field.wordMask() >>> field.shift()) << 16
                        | (long) field.word() << 8 | field.shift();
            }
        }
        if (bits > 64) {
            throw new IllegalStateException("a daemon's key needs " + bits + " bits, more than a long holds");
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

    private static int rename(int pointer, int[] renamed) {
        return pointer == 0 ? 0 : renamed[pointer - 1] + 1;
    }

    /** Reads {@code f} without going through its range checks: the value comes from a field as wide. */
    private static int get(long[] world, Field f) {
        return (int) ((world[f.word()] & f.wordMask()) >>> f.shift());
    }

    /** The per-thread field of kind {@code kind} of {@code thread}. */
    private int get(long[] world, int kind, int thread) {
        long at = fieldAt[thread * perThread.length + kind];
        return (int) ((world[(int) (at >>> 8) & 0xFF] >>> at) & (at >>> 16));
    }

    private void put(long[] world, int kind, int thread, int value) {
        long at = fieldAt[thread * perThread.length + kind];
        int word = (int) (at >>> 8) & 0xFF;
        world[word] = (world[word] & ~((at >>> 16) << at)) | ((long) value << at);
    }

    private static void put(long[] world, Field f, int value) {
        world[f.word()] = (world[f.word()] & ~f.wordMask()) | ((long) value << f.shift());
    }

    /**
     * The same symmetry with buffers of its own, for one thread: it canonicalizes a world in place
     * without allocating.
     */
    private final class OneThread implements Canonicalizer {
        private static final int CACHED_WORDS = 2;
        private static final int CACHE_BITS = 10;
        private static final int CACHE_ENTRIES = 1 << CACHE_BITS;
        /** A cache entry: the daemon's own bits in its first and second word, then its key plus one (0: empty). */
        private static final int ENTRY = 3;
        private final int[] order;
        private final int[] renamed;
        private final long[] keys;
        private final long[] original;
        private final IntUnaryOperator renaming;
        /** The world whose successors come next, its daemons' own keys, and the bits each daemon's own key reads. */
        private final long[] parent;
        private final long[] parentKeys;
        private final long[][] ownBits;
        private boolean expanding;
        /** Per daemon, the words its own fields lie in, and its keys cache (when they are at most {@link #CACHED_WORDS}). */
        private final int[][] ownWords;
        private final long[][] keyCache;
        /** Of the world being sorted: the bits that differ from the world being expanded, and the shared pointers. */
        private final long[] changed;

        OneThread() {
            int n = w.fibers();
            int words = w.layout().words();
            order = new int[w.buffers == null ? n : 2 * n];
            renamed = new int[n];
            keys = new long[w.bounds.daemons() + 1];
            original = new long[words];
            renaming = v -> rename(v, renamed);
            parent = new long[words];
            changed = new long[words];
            parentKeys = new long[keys.length];
            ownBits = new long[keys.length][words];
            ownWords = new int[keys.length][];
            keyCache = new long[keys.length][];
            for (int d = 1; d < keys.length; d++) {
                for (Field[] kind : perThread) {
                    ownBits[d][kind[d].word()] |= kind[d].wordMask();
                }
                long[] bits = ownBits[d];
                ownWords[d] = IntStream.range(0, words).filter(k -> bits[k] != 0).toArray();
                if (ownWords[d].length <= CACHED_WORDS) {
                    keyCache[d] = new long[CACHE_ENTRIES * ENTRY];
                }
            }
        }

        @Override
        public void expanding(long[] world) {
            System.arraycopy(world, 0, parent, 0, parent.length);
            for (int d = 1; d < keys.length; d++) {
                parentKeys[d] = cachedOwnKey(world, d);
            }
            expanding = true;
        }

        /** Whether a field of daemon {@code d}'s own differs between the world sorted and the world being expanded. */
        private boolean ownFieldsChanged(int d) {
            long[] bits = ownBits[d];
            for (int k : ownWords[d]) {
                if ((changed[k] & bits[k]) != 0) {
                    return true;
                }
            }
            return false;
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
                for (int k = 0; k < changed.length; k++) {
                    changed[k] = world[k] ^ parent[k];
                }
                for (int d = 1; d <= daemons; d++) {
                    long own = expanding && !ownFieldsChanged(d) ? parentKeys[d] : cachedOwnKey(world, d);
                    keys[d] = own << pointers.length;
                }
                for (int p = 0; p < pointers.length; p++) {
                    int value = get(world, pointers[p]);
                    if (w.isDaemon(value - 1)) {
                        keys[value - 1] |= 1L << (pointers.length - 1 - p);
                    }
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
            }
            if (w.buffers != null) {
                for (int f = 0; f < n; f++) {
                    order[n + f] = n + order[f];
                }
            }
            return order;
        }

        /**
         * {@link #ownKey}, looked up by the bits of daemon {@code d}'s own fields in a direct-mapped cache
         * first: a daemon has few states of its own, and its key is a function of them (and of {@code d}).
         */
        private long cachedOwnKey(long[] world, int d) {
            long[] cache = keyCache[d];
            if (cache == null) {
                return ownKey(world, d);
            }
            int[] at = ownWords[d];
            long[] bits = ownBits[d];
            long first = world[at[0]] & bits[at[0]];
            long second = at.length > 1 ? world[at[1]] & bits[at[1]] : 0;
            long mixed = (first * 0x9E3779B97F4A7C15L + second) * 0xC2B2AE3D27D4EB4FL;
            int e = ENTRY * (int) (mixed >>> (64 - CACHE_BITS));
            if (cache[e + 2] != 0 && cache[e] == first && cache[e + 1] == second) {
                return cache[e + 2] - 1;
            }
            long key = ownKey(world, d);
            cache[e] = first;
            cache[e + 1] = second;
            cache[e + 2] = key + 1;
            return key;
        }

        /**
         * What daemon {@code d} looks like without its number, packed in a long: its own fields (the
         * holder local as the kind of thread it points at); {@link #sort} puts below them whether each
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
                renamed[order[i]] = i;
                if (order[i] != i) {
                    for (int k = 0; k < perThread.length; k++) {
                        put(world, k, i, get(original, k, order[i]));
                    }
                }
            }
            for (Field p : pointers) {
                put(world, p, rename(get(world, p), renamed));
            }
            for (Field h : w.holder) {
                put(world, h, rename(get(world, h), renamed));
            }
            if (w.buffers != null) {
                w.buffers.renameValues(world, w.lastHolder, renaming);
            }
        }
    }
}
