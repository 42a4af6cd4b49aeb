package dev.gilcheck.checker.store;

import java.util.Arrays;

/**
 * Keeps every world whole, packed in a {@link WorldArena}, with an open-addressing index of ids
 * split into segments by the top bits of a world's hash. A segment grows by half on its own when it
 * is seven tenths full, so growing never holds two copies of the whole index; the arena grows by
 * pages. No two worlds can be confused.
 */
public final class ExactStateStore implements StateStore {
    private static final int SEGMENT_BITS = 8;
    private static final int FIRST_SEGMENT = 64;

    private final int width;
    private final WorldArena arena;
    /** Per segment, slots holding id + 1 (0 when empty). */
    private final int[][] segments = new int[1 << SEGMENT_BITS][];
    private final int[] used = new int[1 << SEGMENT_BITS];
    private long slots;

    /** A store of worlds of {@code width} words, any of whose bits may be set. */
    public ExactStateStore(int width) {
        this(full(width));
    }

    /** @param usedBits per word of a world, how many of its low bits can be non-zero */
    public ExactStateStore(int[] usedBits) {
        this.width = usedBits.length;
        this.arena = new WorldArena(usedBits);
        for (int s = 0; s < segments.length; s++) {
            segments[s] = new int[FIRST_SEGMENT];
        }
        slots = (long) FIRST_SEGMENT << SEGMENT_BITS;
    }

    private static int[] full(int width) {
        int[] bits = new int[width];
        Arrays.fill(bits, Long.SIZE);
        return bits;
    }

    @Override
    public int add(long[] world) {
        long h = Hashing.hash(world);
        int s = (int) (h >>> (64 - SEGMENT_BITS));
        if (10L * (used[s] + 1) > 7L * segments[s].length) {
            grow(s);
        }
        int[] slot = segments[s];
        int i = home(h, slot.length);
        while (slot[i] != 0) {
            int id = slot[i] - 1;
            if (arena.matches(id, world)) {
                return -(id + 1);
            }
            i = i + 1 == slot.length ? 0 : i + 1;
        }
        int id = arena.add(world);
        slot[i] = id + 1;
        used[s]++;
        return id;
    }

    /** Where a hash's probe starts in a segment of {@code length} slots (any length, not only powers of two). */
    private static int home(long hash, int length) {
        return (int) (((hash & 0xFFFF_FFFFL) * length) >>> 32);
    }

    /** The world with id {@code id}. */
    public long[] get(int id) {
        long[] world = new long[width];
        arena.copy(id, world);
        return world;
    }

    private void grow(int s) {
        int[] old = segments[s];
        int[] bigger = new int[old.length + old.length / 2];
        for (int v : old) {
            if (v != 0) {
                int i = home(arena.hash(v - 1), bigger.length);
                while (bigger[i] != 0) {
                    i = i + 1 == bigger.length ? 0 : i + 1;
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
        return arena.bytes() + 4L * slots;
    }

    @Override
    public long growthBytes() {
        int largest = 0;
        for (int[] segment : segments) {
            largest = Math.max(largest, segment.length);
        }
        return Math.max(arena.growthBytes(), 6L * largest);
    }

    @Override
    public String collisionNote() {
        return "";
    }
}
