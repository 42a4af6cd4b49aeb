package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.store.StateStore;
import java.util.Arrays;
import java.util.List;

/**
 * The steps of a few worlds, gathered before any of their targets is looked up, so that the store can
 * fetch where they are all at once ({@link StateStore#prefetch}): per world its id, the world itself,
 * whether the progress fiber can move and how many steps follow; per step its fiber, alternative and
 * violations, and its target and the target's hash unless the step ends the run. Buffers are reused
 * from group to group.
 */
final class Steps {
    private final int width;
    private int[] fibers = new int[16];
    private int[] alternatives = new int[16];
    /** Per step, the index of its target, or -1 when the step ends the run. */
    private int[] targetOf = new int[16];
    private long[] targets;
    /** Per target, its hash in the stores ({@link StateStore#hash}). */
    private long[] hashes = new long[16];
    @SuppressWarnings("unchecked")
    private List<Violation>[] violations = new List[16];
    private int size;
    private int targetCount;
    private int[] ids = new int[8];
    private long[] worlds;
    private boolean[] progressCanMove = new boolean[8];
    /** Per world, the index of its first step; one more entry closes the last world's steps. */
    private int[] firstStep = new int[9];
    private int worldCount;
    /** The number of targets before the last world's. */
    private int targetsBeforeLastWorld;

    Steps(int width) {
        this.width = width;
        this.targets = new long[16 * width];
        this.worlds = new long[8 * width];
    }

    void clear() {
        size = 0;
        targetCount = 0;
        worldCount = 0;
    }

    /** Starts the steps of world {@code id}; {@code world} is copied. */
    void world(int id, long[] world, boolean progressMoves) {
        if (worldCount == ids.length) {
            ids = Arrays.copyOf(ids, 2 * worldCount);
            worlds = Arrays.copyOf(worlds, 2 * worldCount * width);
            progressCanMove = Arrays.copyOf(progressCanMove, 2 * worldCount);
            firstStep = Arrays.copyOf(firstStep, 2 * worldCount + 1);
        }
        targetsBeforeLastWorld = targetCount;
        ids[worldCount] = id;
        System.arraycopy(world, 0, worlds, worldCount * width, width);
        progressCanMove[worldCount] = progressMoves;
        firstStep[worldCount++] = size;
        firstStep[worldCount] = size;
    }

    /** Forgets the last world and its steps. */
    void dropLastWorld() {
        size = firstStep[--worldCount];
        targetCount = targetsBeforeLastWorld;
    }

    int worldCount() {
        return worldCount;
    }

    int id(int world) {
        return ids[world];
    }

    /** Copies world number {@code world} into {@code into}. */
    void world(int world, long[] into) {
        System.arraycopy(worlds, world * width, into, 0, width);
    }

    boolean progressCanMove(int world) {
        return progressCanMove[world];
    }

    /** The index of world number {@code world}'s first step; that of the next world ends its steps. */
    int firstStep(int world) {
        return firstStep[world];
    }

    /** Adds a step of the last world; {@code target} is null when the step ends the run, else copied. */
    void add(int fiber, int alternative, List<Violation> broken, long[] target) {
        if (size == fibers.length) {
            fibers = Arrays.copyOf(fibers, 2 * size);
            alternatives = Arrays.copyOf(alternatives, 2 * size);
            targetOf = Arrays.copyOf(targetOf, 2 * size);
            targets = Arrays.copyOf(targets, 2 * size * width);
            hashes = Arrays.copyOf(hashes, 2 * size);
            violations = Arrays.copyOf(violations, 2 * size);
        }
        fibers[size] = fiber;
        alternatives[size] = alternative;
        violations[size] = broken;
        if (target == null) {
            targetOf[size] = -1;
        } else {
            System.arraycopy(target, 0, targets, targetCount * width, width);
            hashes[targetCount] = StateStore.hash(target);
            targetOf[size] = targetCount++;
        }
        firstStep[worldCount] = ++size;
    }

    int size() {
        return size;
    }

    int fiber(int step) {
        return fibers[step];
    }

    int alternative(int step) {
        return alternatives[step];
    }

    List<Violation> violations(int step) {
        return violations[step];
    }

    /** Whether the step ends the run (it has no target). */
    boolean ends(int step) {
        return targetOf[step] < 0;
    }

    /** Copies the step's target into {@code into}. */
    void target(int step, long[] into) {
        System.arraycopy(targets, targetOf[step] * width, into, 0, width);
    }

    /** The step's target's hash. */
    long hash(int step) {
        return hashes[targetOf[step]];
    }

    /** The targets' hashes, in the order of the steps. */
    long[] hashes() {
        return hashes;
    }

    int targetCount() {
        return targetCount;
    }
}
