package dev.gilcheck.checker.store;

/**
 * The set of worlds an exhaustive search has seen. Worlds get dense ids 0, 1, 2, ... in the order
 * they are first added, so a breadth-first search can keep per-world data in plain arrays.
 */
public interface StateStore {

    /** Adds {@code world} if it is new. Returns its id when new, or {@code -(id + 1)} when it was seen. */
    default int add(long[] world) {
        return add(world, hash(world));
    }

    /** Adds {@code world}, whose {@link #hash} is {@code hash}, as {@link #add(long[])} does. */
    int add(long[] world, long hash);

    /** The hash every store files {@code world} under. */
    static long hash(long[] world) {
        return Hashing.hash(world);
    }

    /**
     * Reads, changing nothing, where the worlds with the first {@code count} of {@code hashes} would be
     * found, so that adding them right after finds them in the processor's cache: the reads are
     * independent of each other, so the processor overlaps their waits for memory, which one {@link
     * #add} after another cannot.
     */
    void prefetch(long[] hashes, int count);

    int size();

    /** Bytes the store holds for its worlds and index. */
    long bytes();

    /** Bytes its next growth will allocate, so a search can stop before the heap runs out. */
    long growthBytes();

    /** The chance that two different worlds were taken for one, as a sentence; empty when exact. */
    String collisionNote();
}
