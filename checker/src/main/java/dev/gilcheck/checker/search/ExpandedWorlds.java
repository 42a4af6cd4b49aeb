package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one worker of the parallel search found in its share of a batch, in primitive arrays reused
 * from batch to batch: per world, whether the progress fiber could move and how many steps it
 * follows; per step, the fiber and alternative, the fingerprint slot of its canonical target (-1 when
 * the step ends the run), the target's id when it already had one, its violations and the target itself
 * (kept only when it had no id). Read back in the same order with a
 * cursor.
 */
final class ExpandedWorlds {
    private final int width;
    private int[] stepsOf = new int[64];
    private boolean[] progressCanMove = new boolean[64];
    private int[] moves = new int[256];
    private int[] slots = new int[256];
    private int[] knownIds = new int[256];
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
            targets = Arrays.copyOf(targets, steps * 2 * width);
        }
        moves[steps] = fiber << 16 | alternative;
        slots[steps] = slot;
        knownIds[steps] = knownId;
        if (slot >= 0 && knownId < 0) {
            System.arraycopy(next, 0, targets, steps * width, width);
        }
        violations.add(broken);
        steps++;
        stepsOf[worlds - 1]++;
    }

    /** Counts a fingerprint this worker added to the set. */
    void added() {
        added++;
    }

    int addedCount() {
        return added;
    }

    void rewind() {
        worldAt = 0;
        stepAt = 0;
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
