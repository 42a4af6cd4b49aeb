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
    /** Per segment, slots (0 when empty). */
    private final int[][] segments = new int[1 << SEGMENT_BITS][];
    private final int[] used = new int[1 << SEGMENT_BITS];
    /**
     * A slot holds id + 1 in its low {@code idBits} bits and, above them, a tag of the world's hash,
     * so that most slots of other worlds are passed over without reading the arena. Ids take a bit
     * more from the tag each time they need it.
     */
    private int idBits = 20;
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
        if (Probing.full(used[s], segments[s].length)) {
            grow(s);
        }
        int[] slot = segments[s];
        int tag = tag(h);
        int idMask = (1 << idBits) - 1;
        int i = Probing.home(h, slot.length);
        for (int v = slot[i]; v != 0; v = slot[i]) {
            if (v >>> idBits == tag && arena.matches((v & idMask) - 1, world)) {
                return -(v & idMask);
            }
            i = Probing.next(i, slot.length);
        }
        if (arena.size() + 1 > idMask) {
            widenIds();
            return add(world);
        }
        int id = arena.add(world);
        slot[i] = tag << idBits | (id + 1);
        used[s]++;
        return id;
    }

    /** The top bits of a hash below those that choose the segment, as many as the ids leave free. */
    private int tag(long hash) {
        return (int) (hash >>> (32 - SEGMENT_BITS)) >>> idBits;
    }

    /** Gives ids one more bit of each slot, taken from the tag: rewrites the slots in place. */
    private void widenIds() {
        if (idBits == 31) {
            throw new IllegalStateException("a store holds at most 2^31 - 2 worlds");
        }
        int idMask = (1 << idBits) - 1;
        for (int[] segment : segments) {
            for (int i = 0; i < segment.length; i++) {
                int v = segment[i];
                if (v != 0) {
                    segment[i] = (v >>> idBits >>> 1) << (idBits + 1) | (v & idMask);
                }
            }
        }
        idBits++;
    }

    /** The world with id {@code id}. */
    public long[] get(int id) {
        long[] world = new long[width];
        arena.copy(id, world);
        return world;
    }

    private void grow(int s) {
        int[] old = segments[s];
        int[] bigger = new int[Probing.grown(old.length)];
        int idMask = (1 << idBits) - 1;
        for (int v : old) {
            if (v != 0) {
                int i = Probing.home(arena.hash((v & idMask) - 1), bigger.length);
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
        return arena.bytes() + 4L * slots;
    }

    @Override
    public long growthBytes() {
        int largest = 0;
        for (int[] segment : segments) {
            largest = Math.max(largest, segment.length);
        }
        return Math.max(arena.growthBytes(), 4L * Probing.grown(largest));
    }

    @Override
    public String collisionNote() {
        return "";
    }
}
