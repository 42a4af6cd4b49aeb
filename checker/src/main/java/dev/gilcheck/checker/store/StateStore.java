package dev.gilcheck.checker.store;

/**
 * The set of worlds an exhaustive search has seen. Worlds get dense ids 0, 1, 2, ... in the order
 * they are first added, so a breadth-first search can keep per-world data in plain arrays.
 */
public interface StateStore {

    /** Adds {@code world} if it is new. Returns its id when new, or {@code -(id + 1)} when it was seen. */
    int add(long[] world);

    /**
     * Reads, changing nothing, where {@code count} worlds of {@code width} words (held one after another
     * in {@code worlds}) would be found, so that adding them right after finds them in the processor's cache: the reads
     * are independent of each other, so the processor overlaps their waits for memory, which one
     * {@link #add} after another cannot.
     */
    void prefetch(long[] worlds, int width, int count);

    int size();

    /** Bytes the store holds for its worlds and index. */
    long bytes();

    /** Bytes its next growth will allocate, so a search can stop before the heap runs out. */
    long growthBytes();

    /** The chance that two different worlds were taken for one, as a sentence; empty when exact. */
    String collisionNote();
}
