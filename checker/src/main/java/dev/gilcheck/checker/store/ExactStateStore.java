package dev.gilcheck.checker.store;

import java.util.Arrays;

/**
 * Keeps every world whole, packed one after another in one long array, with an open-addressing
 * index of ids. No two worlds can be confused.
 */
public final class ExactStateStore implements StateStore {
    private final int width;
    private long[] arena;
    private int[] slots;
    private int size;

    public ExactStateStore(int width) {
        this.width = width;
        this.arena = new long[width * 1024];
        this.slots = new int[2048];
    }

    @Override
    public int add(long[] world) {
        if (2L * (size + 1) > slots.length) {
            rehash();
        }
        int mask = slots.length - 1;
        int i = (int) Hashing.hash(world) & mask;
        while (slots[i] != 0) {
            int id = slots[i] - 1;
            if (matches(id, world)) {
                return -(id + 1);
            }
            i = (i + 1) & mask;
        }
        int id = size++;
        if ((long) size * width > arena.length) {
            arena = Arrays.copyOf(arena, Math.toIntExact(Math.min((long) arena.length * 2, Integer.MAX_VALUE - 8)));
        }
        System.arraycopy(world, 0, arena, id * width, width);
        slots[i] = id + 1;
        return id;
    }

    /** The world with id {@code id}. */
    public long[] get(int id) {
        return Arrays.copyOfRange(arena, id * width, id * width + width);
    }

    private boolean matches(int id, long[] world) {
        int base = id * width;
        for (int k = 0; k < width; k++) {
            if (arena[base + k] != world[k]) {
                return false;
            }
        }
        return true;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        long[] w = new long[width];
        for (int id = 0; id < size; id++) {
            System.arraycopy(arena, id * width, w, 0, width);
            int i = (int) Hashing.hash(w) & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = id + 1;
        }
        slots = bigger;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long bytes() {
        return 8L * arena.length + 4L * slots.length;
    }

    @Override
    public long growthBytes() {
        if (2L * arena.length > Integer.MAX_VALUE - 8) {
            return Long.MAX_VALUE / 4; // one long array cannot hold more worlds: the search must stop
        }
        return 8L * arena.length + 8L * slots.length;
    }

    @Override
    public String collisionNote() {
        return "";
    }
}
