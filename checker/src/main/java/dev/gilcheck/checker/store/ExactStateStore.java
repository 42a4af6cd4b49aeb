package dev.gilcheck.checker.store;

import java.util.Arrays;

/**
 * Keeps every world whole, packed in a {@link WorldArena}, with an open-addressing index of ids
 * split into segments by the top bits of a world's hash. A slot holds an id and the low half of its
 * world's hash: a probe passes over other worlds' slots without reading the arena (but for one in
 * four billion), and a segment grows without reading it, by half on its own when it is seven tenths
 * full, so growing never holds two copies of the whole index; the arena grows by pages. No two
 * worlds can be confused.
 */
public final class ExactStateStore implements StateStore {
    private static final int SEGMENT_BITS = 8;
    private static final int FIRST_SEGMENT = 64;

    private final int width;
    private final WorldArena arena;
    /** Per segment, slots: id + 1 in the high half, the low half of the world's hash in the low one (0 when empty). */
    private final long[][] segments = new long[1 << SEGMENT_BITS][];
    private final int[] used = new int[1 << SEGMENT_BITS];
    private long slots;
    /** What {@link #prefetch} read, kept so that its reads are not optimized away. */
    private int read;

    /** A store of worlds of {@code width} words, any of whose bits may be set. */
    public ExactStateStore(int width) {
        this(full(width));
    }

    /** @param usedBits per word of a world, how many of its low bits can be non-zero */
    public ExactStateStore(int[] usedBits) {
        this.width = usedBits.length;
        this.arena = new WorldArena(usedBits);
        for (int s = 0; s < segments.length; s++) {
            segments[s] = new long[FIRST_SEGMENT];
        }
        slots = (long) FIRST_SEGMENT << SEGMENT_BITS;
    }

    private static int[] full(int width) {
        int[] bits = new int[width];
        Arrays.fill(bits, Long.SIZE);
        return bits;
    }

    @Override
    public int add(long[] world, long h) {
        int s = segment(h);
        if (Probing.full(used[s], segments[s].length)) {
            grow(s);
        }
        long[] slot = segments[s];
        int i = Probing.home(h, slot.length);
        for (long v = slot[i]; v != 0; v = slot[i]) {
            if ((int) v == (int) h && arena.matches(id(v), world)) {
                return -(id(v) + 1);
            }
            i = Probing.next(i, slot.length);
        }
        if (arena.size() == Integer.MAX_VALUE - 1) {
            throw new IllegalStateException("a store holds at most 2^31 - 2 worlds");
        }
        int id = arena.add(world);
        slot[i] = (long) (id + 1) << 32 | (h & 0xFFFF_FFFFL);
        used[s]++;
        return id;
    }

    @Override
    public void prefetch(long[] hashes, int count) {
        long sum = 0;
        for (int k = 0; k < count; k++) {
            long h = hashes[k];
            long[] slot = segments[segment(h)];
            sum += slot[Probing.home(h, slot.length)];
        }
        for (int k = 0; k < count; k++) {
            long h = hashes[k];
            long[] slot = segments[segment(h)];
            long v = slot[Probing.home(h, slot.length)];
            if (v != 0 && (int) v == (int) h) {
                sum += arena.firstByte(id(v));
            }
        }
        read = (int) sum;
    }

    private static int segment(long hash) {
        return (int) (hash >>> (64 - SEGMENT_BITS));
    }

    private static int id(long slot) {
        return (int) (slot >>> 32) - 1;
    }

    /** The world with id {@code id}. */
    public long[] get(int id) {
        long[] world = new long[width];
        arena.copy(id, world);
        return world;
    }

    /** Moves segment {@code s} into one half as big again; a slot's home comes from the hash half it holds. */
    private void grow(int s) {
        long[] old = segments[s];
        long[] bigger = new long[Probing.grown(old.length)];
        for (long v : old) {
            if (v != 0) {
                int i = Probing.home(v, bigger.length);
                while (bigger[i] != 0) {
                    i = Probing.next(i, bigger.length);
                }
                bigger[i] = v;
            }
        }
        segments[s] = bigger;
        slots += bigger.length - old.length;
    }

    @Override
    public int size() {
        return arena.size();
    }

    @Override
    public long bytes() {
        return arena.bytes() + 8L * slots;
    }

    @Override
    public long growthBytes() {
        int largest = 0;
        for (long[] segment : segments) {
            largest = Math.max(largest, segment.length);
        }
        return Math.max(arena.growthBytes(), 8L * Probing.grown(largest));
    }

    @Override
    public String collisionNote() {
        return "";
    }
}
