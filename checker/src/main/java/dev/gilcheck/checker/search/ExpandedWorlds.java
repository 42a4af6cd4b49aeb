package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.store.ConcurrentFingerprintSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one worker of the parallel search found in its share of a batch, in primitive arrays reused
 * from batch to batch: per world, whether the progress fiber could move and how many steps it
 * follows; per step, the fiber and alternative, the fingerprint slot of its canonical target (-1 when
 * the step ends the run), the target's id when it already had one, its violations and the target itself
 * (kept unless its id was known when the step was recorded). Read back in the same order with a cursor.
 *
 * <p>Most steps are recorded before their targets are added to the set ({@link #pending}), and added
 * together once the worker's share is expanded ({@link #addPending}), so that the set can fetch where
 * they go at once.
 */
final class ExpandedWorlds {
    /** The slot of a step whose target is not yet added to the set. */
    private static final int PENDING = -2;

    private final int width;
    private int[] stepsOf = new int[64];
    private boolean[] progressCanMove = new boolean[64];
    private int[] moves = new int[256];
    private int[] slots = new int[256];
    private int[] knownIds = new int[256];
    /** Per step, its target's fingerprint while the step is pending. */
    private long[] prints = new long[256];
    /** The fingerprints of the pending steps, in order, for the set to prefetch. */
    private long[] pendingPrints = new long[256];
    /** The slots of the targets that had no id when added, for the set to prefetch. */
    private int[] unknownSlots = new int[256];
    /** What the set's prefetches read, kept so that their reads are not optimized away. */
    private long read;
    private long[] targets;
    private final List<List<Violation>> violations = new ArrayList<>();
    private int worlds;
    private int steps;
    private int added;
    private int worldAt;
    private int stepAt;
    private final long[] target;

    ExpandedWorlds(int width) {
        this.width = width;
        this.targets = new long[256 * width];
        this.target = new long[width];
    }

    void clear() {
        worlds = 0;
        steps = 0;
        added = 0;
        violations.clear();
    }

    /** Starts the next world's steps. */
    void world(boolean progressMoves) {
        if (worlds == stepsOf.length) {
            stepsOf = Arrays.copyOf(stepsOf, worlds * 2);
            progressCanMove = Arrays.copyOf(progressCanMove, worlds * 2);
        }
        stepsOf[worlds] = 0;
        progressCanMove[worlds++] = progressMoves;
    }

    /**
     * A step of the last world; {@code slot} is -1 for a step that ends the run, {@code knownId} -1 when
     * the target had no id yet; {@code next} is read only when the step has a target without an id.
     */
    void step(int fiber, int alternative, List<Violation> broken, int slot, int knownId, long[] next) {
        if (steps == slots.length) {
            moves = Arrays.copyOf(moves, steps * 2);
            slots = Arrays.copyOf(slots, steps * 2);
            knownIds = Arrays.copyOf(knownIds, steps * 2);
            prints = Arrays.copyOf(prints, steps * 2);
            targets = Arrays.copyOf(targets, steps * 2 * width);
        }
        moves[steps] = fiber << 16 | alternative;
        slots[steps] = slot;
        knownIds[steps] = knownId;
        if (slot != -1 && knownId < 0) {
            System.arraycopy(next, 0, targets, steps * width, width);
        }
        violations.add(broken);
        steps++;
        stepsOf[worlds - 1]++;
    }

    /** Forgets the last world's steps, all still pending; the world stays, with no step yet. */
    void dropLastWorldSteps() {
        steps -= stepsOf[worlds - 1];
        stepsOf[worlds - 1] = 0;
        violations.subList(steps, violations.size()).clear();
    }

    /** A step of the last world whose target {@code next}, of fingerprint {@code print}, is not yet added. */
    void pending(int fiber, int alternative, List<Violation> broken, long[] next, long print) {
        step(fiber, alternative, broken, PENDING, -1, next);
        prints[steps - 1] = print;
    }

    /**
     * Adds the pending steps' targets to {@code seen}, after reading where they all go: each step gets
     * its target's slot, and the target's id when it already had one (an id, once given, is final).
     */
    void addPending(ConcurrentFingerprintSet seen) {
        if (pendingPrints.length < steps) {
            pendingPrints = new long[prints.length];
            unknownSlots = new int[prints.length];
        }
        int count = 0;
        for (int s = 0; s < steps; s++) {
            if (slots[s] == PENDING) {
                pendingPrints[count++] = prints[s];
            }
        }
        read += seen.prefetch(pendingPrints, count);
        for (int s = 0; s < steps; s++) {
            if (slots[s] == PENDING) {
                int insertion = seen.insert(prints[s]);
                if (insertion >= 0) {
                    slots[s] = insertion;
                    added++;
                } else {
                    slots[s] = -insertion - 1;
                    knownIds[s] = seen.id(slots[s]);
                }
            }
        }
    }

    /** Counts a fingerprint this worker added to the set. */
    void added() {
        added++;
    }

    int addedCount() {
        return added;
    }

    /**
     * Goes back to the first world; first reads the set's slots of the targets that had no id when they
     * were added, whose ids merging reads (or gives) next.
     */
    void rewind(ConcurrentFingerprintSet seen) {
        worldAt = 0;
        stepAt = 0;
        int count = 0;
        for (int s = 0; s < steps; s++) {
            if (slots[s] >= 0 && knownIds[s] < 0) {
                unknownSlots[count++] = slots[s];
            }
        }
        read += seen.prefetchSlots(unknownSlots, count);
    }

    /** The current world's number of steps. */
    int stepsOfWorld() {
        return stepsOf[worldAt];
    }

    boolean progressCanMove() {
        return progressCanMove[worldAt];
    }

    void nextWorld() {
        worldAt++;
    }

    int fiber() {
        return moves[stepAt] >>> 16;
    }

    int alternative() {
        return moves[stepAt] & 0xFFFF;
    }

    int slot() {
        return slots[stepAt];
    }

    /** The id the current step's target already had when it was expanded, or -1. */
    int knownId() {
        return knownIds[stepAt];
    }

    List<Violation> violations() {
        return violations.get(stepAt);
    }

    /** The current step's target, in a buffer the next call overwrites. */
    long[] target() {
        System.arraycopy(targets, stepAt * width, target, 0, width);
        return target;
    }

    void nextStep() {
        stepAt++;
    }
}
