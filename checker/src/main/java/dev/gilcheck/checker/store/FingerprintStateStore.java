package dev.gilcheck.checker.store;

/**
 * Keeps a 64-bit fingerprint of each world instead of the world: open addressing over fingerprints
 * and their ids (12 bytes a slot), split into segments by the top bits of the fingerprint, each
 * growing by half on its own (see {@link Probing}), so growing never holds two copies of the whole table.
 * Two worlds with one fingerprint are taken for one, so a world could be missed; {@link
 * #collisionNote} gives the chance, as TLC does.
 */
public final class FingerprintStateStore implements StateStore {
    private static final int SEGMENT_BITS = 8;
    private static final int FIRST_SEGMENT = 64;

    private final long[][] prints = new long[1 << SEGMENT_BITS][];
    private final int[][] ids = new int[1 << SEGMENT_BITS][];
    private final int[] used = new int[1 << SEGMENT_BITS];
    private long slots;
    private int size;

    public FingerprintStateStore() {
        for (int s = 0; s < prints.length; s++) {
            prints[s] = new long[FIRST_SEGMENT];
            ids[s] = new int[FIRST_SEGMENT];
        }
        slots = (long) FIRST_SEGMENT << SEGMENT_BITS;
    }

    @Override
    public int add(long[] world) {
        return add(Hashing.fingerprint(world));
    }

    /** Adds a fingerprint (never 0) as {@link #add(long[])} adds a world. */
    int add(long print) {
        int s = (int) (print >>> (64 - SEGMENT_BITS));
        if (Probing.full(used[s], prints[s].length)) {
            grow(s);
        }
        long[] p = prints[s];
        int[] d = ids[s];
        int i = Probing.home(print, p.length);
        for (long q = p[i]; q != 0; q = p[i]) {
            if (q == print) {
                return -(d[i] + 1);
            }
            i = Probing.next(i, p.length);
        }
        p[i] = print;
        d[i] = size;
        used[s]++;
        return size++;
    }

    private void grow(int s) {
        long[] oldPrints = prints[s];
        int[] oldIds = ids[s];
        long[] p = new long[Probing.grown(oldPrints.length)];
        int[] d = new int[p.length];
        for (int k = 0; k < oldPrints.length; k++) {
            if (oldPrints[k] != 0) {
                int i = Probing.home(oldPrints[k], p.length);
                while (p[i] != 0) {
                    i = Probing.next(i, p.length);
                }
                p[i] = oldPrints[k];
                d[i] = oldIds[k];
            }
        }
        prints[s] = p;
        ids[s] = d;
        slots += p.length - oldPrints.length;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long bytes() {
        return 12L * slots;
    }

    /** One segment growing: the largest one, half as big again. */
    @Override
    public long growthBytes() {
        int largest = 0;
        for (long[] p : prints) {
            largest = Math.max(largest, p.length);
        }
        return 12L * Probing.grown(largest);
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
