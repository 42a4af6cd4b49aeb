package dev.gilcheck.checker.store;

/**
 * Keeps a 64-bit fingerprint of each world instead of the world (8 bytes, 16 with the index at half
 * load, plus 4 for the id). Two worlds with one fingerprint are taken for one, so a world could be
 * missed; {@link #collisionNote} gives the chance, as TLC does.
 */
public final class FingerprintStateStore implements StateStore {
    private long[] prints = new long[2048];
    private int[] ids = new int[2048];
    private int size;

    @Override
    public int add(long[] world) {
        return add(Hashing.fingerprint(world));
    }

    /** Adds a fingerprint (never 0) as {@link #add(long[])} adds a world. */
    int add(long print) {
        if (2L * (size + 1) > prints.length) {
            grow();
        }
        int mask = prints.length - 1;
        int i = (int) print & mask;
        while (prints[i] != 0) {
            if (prints[i] == print) {
                return -(ids[i] + 1);
            }
            i = (i + 1) & mask;
        }
        prints[i] = print;
        ids[i] = size;
        return size++;
    }

    private void grow() {
        long[] oldPrints = prints;
        int[] oldIds = ids;
        prints = new long[oldPrints.length * 2];
        ids = new int[oldPrints.length * 2];
        int mask = prints.length - 1;
        for (int k = 0; k < oldPrints.length; k++) {
            long p = oldPrints[k];
            if (p != 0) {
                int i = (int) p & mask;
                while (prints[i] != 0) {
                    i = (i + 1) & mask;
                }
                prints[i] = p;
                ids[i] = oldIds[k];
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public long bytes() {
        return 12L * prints.length;
    }

    @Override
    public long growthBytes() {
        return 2 * bytes();
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
