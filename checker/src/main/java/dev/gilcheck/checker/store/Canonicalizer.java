package dev.gilcheck.checker.store;

/**
 * Symmetry of a system: which fibers are interchangeable in a world, supplied by the model, which
 * alone knows which fields belong to which fiber and which values name a fiber. A symmetry-reduced
 * search stores one representative per class of worlds that differ only by a permutation of
 * interchangeable fibers; it is sound when every world and its representative have the same future
 * up to that permutation.
 */
public interface Canonicalizer {

    /**
     * The fiber permutation that turns {@code world} into its representative: entry {@code i} is the
     * fiber of {@code world} that becomes fiber {@code i}. Equivalent worlds must get the same
     * representative, or at least a representative equivalent to them.
     */
    int[] permutation(long[] world);

    /** {@code world} with its fibers permuted: fiber {@code i} of the result is fiber {@code order[i]} of it. */
    long[] permute(long[] world, int[] order);

    /**
     * Alternative {@code alternative} of {@code fiber}'s step in the representative, as the
     * alternative of the same step in {@code world}, whose permutation to the representative is
     * {@code order}. The same, unless the alternatives of that step name fibers (which one to act on).
     */
    default int alternativeIn(long[] world, int fiber, int alternative, int[] order) {
        return alternative;
    }

    /** The representative of {@code world}'s class. */
    default long[] canonical(long[] world) {
        int[] order = permutation(world);
        return isIdentity(order) ? world : permute(world, order);
    }

    /** Turns {@code world} into the representative of its class, in place. */
    default void canonicalize(long[] world) {
        long[] representative = canonical(world);
        if (representative != world) {
            System.arraycopy(representative, 0, world, 0, world.length);
        }
    }

    /**
     * A canonicalizer for one thread's use, equivalent to this one; it may keep scratch buffers
     * between calls, which this one (shared by threads) must not.
     */
    default Canonicalizer forOneThread() {
        return this;
    }

    /**
     * The worlds canonicalized next are successors of {@code world}: a one-thread canonicalizer may
     * note what they share with it, to canonicalize them faster. By default nothing.
     */
    default void expanding(long[] world) {
    }

    static boolean isIdentity(int[] order) {
        for (int i = 0; i < order.length; i++) {
            if (order[i] != i) {
                return false;
            }
        }
        return true;
    }
}
