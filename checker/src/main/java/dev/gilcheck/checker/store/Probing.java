package dev.gilcheck.checker.store;

/**
 * Linear probing in tables of any length, for the segments of the stores: a segment grows by half
 * when it is seven tenths full, so its load stays between about a half and seven tenths.
 */
final class Probing {
    private Probing() {
    }

    /** Where a hash's probe starts in a table of {@code length} slots (its low 32 bits, scaled). */
    static int home(long hash, int length) {
        return (int) (((hash & 0xFFFF_FFFFL) * length) >>> 32);
    }

    /** The slot after {@code i}, wrapping around. */
    static int next(int i, int length) {
        return i + 1 == length ? 0 : i + 1;
    }

    /** Whether a table of {@code length} slots holding {@code used} must grow before one more is added. */
    static boolean full(int used, int length) {
        return 10L * (used + 1) > 7L * length;
    }

    static int grown(int length) {
        return length + length / 2;
    }
}
