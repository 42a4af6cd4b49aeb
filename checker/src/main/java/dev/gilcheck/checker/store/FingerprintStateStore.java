package dev.gilcheck.checker.store;

/**
 * Keeps a 64-bit fingerprint of each world instead of the world: open addressing over fingerprints
 * and their ids, each slot three ints side by side (the fingerprint's high and low halves, the id:
 * 12 bytes, most often in one cache line), split into segments by the top bits of the fingerprint,
 * each growing by half on its own (see {@link Probing}), so growing never holds two copies of the
 * whole table. Two worlds with one fingerprint are taken for one, so a world could be missed; {@link
 * #collisionNote} gives the chance, as TLC does.
 */
public final class FingerprintStateStore implements StateStore {
    private static final int SEGMENT_BITS = 8;
    private static final int FIRST_SEGMENT = 64;
    private static final int SLOT = 3;

    /** Per segment, its slots: fingerprint high half, low half (both 0 when empty), id. */
    private final int[][] segments = new int[1 << SEGMENT_BITS][];
    private final int[] used = new int[1 << SEGMENT_BITS];
    private long slots;
    private int size;
    /** What {@link #prefetch} read, kept so that its reads are not optimized away. */
    private int read;

    public FingerprintStateStore() {
        for (int s = 0; s < segments.length; s++) {
            segments[s] = new int[SLOT * FIRST_SEGMENT];
        }
        slots = (long) FIRST_SEGMENT << SEGMENT_BITS;
    }

    @Override
    public int add(long[] world, long hash) {
        return add(Hashing.fingerprint(hash));
    }

    @Override
    public void prefetch(long[] hashes, int count) {
        int sum = 0;
        for (int k = 0; k < count; k++) {
            long print = Hashing.fingerprint(hashes[k]);
            int[] slot = segments[(int) (print >>> (64 - SEGMENT_BITS))];
            sum += slot[SLOT * Probing.home(print, slot.length / SLOT)];
        }
        read = sum;
    }

    /** Adds a fingerprint (never 0) as {@link #add(long[])} adds a world. */
    int add(long print) {
        int s = (int) (print >>> (64 - SEGMENT_BITS));
        if (Probing.full(used[s], segments[s].length / SLOT)) {
            grow(s);
        }
        int[] slot = segments[s];
        int length = slot.length / SLOT;
        int i = Probing.home(print, length);
        for (long q = printAt(slot, i); q != 0; q = printAt(slot, i)) {
            if (q == print) {
                return -(slot[SLOT * i + 2] + 1);
            }
            i = Probing.next(i, length);
        }
        put(slot, i, print, size);
        used[s]++;
        return size++;
    }

    private static long printAt(int[] slot, int i) {
        return (long) slot[SLOT * i] << 32 | slot[SLOT * i + 1] & 0xFFFF_FFFFL;
    }

    private static void put(int[] slot, int i, long print, int id) {
        slot[SLOT * i] = (int) (print >>> 32);
        slot[SLOT * i + 1] = (int) print;
        slot[SLOT * i + 2] = id;
    }

    private void grow(int s) {
        int[] old = segments[s];
        int oldLength = old.length / SLOT;
        int length = Probing.grown(oldLength);
        int[] bigger = new int[SLOT * length];
        for (int k = 0; k < oldLength; k++) {
            long print = printAt(old, k);
            if (print != 0) {
                int i = Probing.home(print, length);
                while (printAt(bigger, i) != 0) {
                    i = Probing.next(i, length);
                }
                put(bigger, i, print, old[SLOT * k + 2]);
            }
        }
        segments[s] = bigger;
        slots += length - oldLength;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long bytes() {
        return 4L * SLOT * slots;
    }

    /** One segment growing: the largest one, half as big again. */
    @Override
    public long growthBytes() {
        int largest = 0;
        for (int[] segment : segments) {
            largest = Math.max(largest, segment.length / SLOT);
        }
        return 4L * SLOT * Probing.grown(largest);
    }

    @Override
    public String collisionNote() {
        return collisionNote(size);
    }

    /**
     * The chance that two of {@code n} distinct worlds share a 64-bit fingerprint, at most
     * n(n-1)/2 / 2^64 for a uniform hash: the chance that a world was missed.
     */
    public static String collisionNote(long n) {
        double p = (double) n * (n - 1) / 2 / Math.pow(2, 64);
        return String.format(java.util.Locale.ROOT,
                "64-bit fingerprints: the chance that two of the %,d states collided (so one was never"
                        + " explored) is at most %.1e", n, p);
    }
}
