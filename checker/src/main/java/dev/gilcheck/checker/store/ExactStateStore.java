package dev.gilcheck.checker.store;

/**
 * Keeps every world whole, packed in a {@link WorldArena}, with an open-addressing index of ids
 * split into segments by the top bits of a world's hash. A segment doubles on its own when it is
 * half full, so growing never holds two copies of the whole index; the arena grows by pages. No
 * two worlds can be confused.
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

    public ExactStateStore(int width) {
        this.width = width;
        this.arena = new WorldArena(width);
        for (int s = 0; s < segments.length; s++) {
            segments[s] = new int[FIRST_SEGMENT];
        }
        slots = (long) FIRST_SEGMENT << SEGMENT_BITS;
    }

    @Override
    public int add(long[] world) {
        long h = Hashing.hash(world);
        int s = segmentOf(h);
        if (2 * (used[s] + 1) > segments[s].length) {
            grow(s);
        }
        int[] slot = segments[s];
        int mask = slot.length - 1;
        int i = (int) h & mask;
        while (slot[i] != 0) {
            int id = slot[i] - 1;
            if (arena.matches(id, world)) {
                return -(id + 1);
            }
            i = (i + 1) & mask;
        }
        int id = arena.add(world);
        slot[i] = id + 1;
        used[s]++;
        return id;
    }

    /** The world with id {@code id}. */
    public long[] get(int id) {
        long[] world = new long[width];
        arena.copy(id, world);
        return world;
    }

    private static int segmentOf(long hash) {
        return (int) (hash >>> (64 - SEGMENT_BITS));
    }

    private void grow(int s) {
        int[] old = segments[s];
        int[] bigger = new int[old.length * 2];
        int mask = bigger.length - 1;
        for (int v : old) {
            if (v != 0) {
                int i = (int) arena.hash(v - 1) & mask;
                while (bigger[i] != 0) {
                    i = (i + 1) & mask;
                }
                bigger[i] = v;
            }
        }
        segments[s] = bigger;
        slots += old.length;
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
        return Math.max(arena.growthBytes(), 8L * largestSegment());
    }

    private int largestSegment() {
        int largest = 0;
        for (int[] segment : segments) {
            largest = Math.max(largest, segment.length);
        }
        return largest;
    }

    @Override
    public String collisionNote() {
        return "";
    }
}
