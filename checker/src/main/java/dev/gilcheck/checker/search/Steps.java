package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The steps of one world, gathered before any of their targets is looked up, so that the store can
 * fetch where they are all at once ({@link dev.gilcheck.checker.store.StateStore#prefetch}): per step
 * its fiber, alternative and violations, and its target unless the step ends the run. The targets lie
 * one after another; buffers are reused from world to world.
 */
final class Steps {
    private final int width;
    private int[] fibers = new int[16];
    private int[] alternatives = new int[16];
    /** Per step, the index of its target, or -1 when the step ends the run. */
    private int[] targetOf = new int[16];
    private long[] targets;
    private final List<List<Violation>> violations = new ArrayList<>();
    private int size;
    private int targetCount;

    Steps(int width) {
        this.width = width;
        this.targets = new long[16 * width];
    }

    void clear() {
        size = 0;
        targetCount = 0;
        violations.clear();
    }

    /** Adds a step; {@code target} is null when the step ends the run, else copied. */
    void add(int fiber, int alternative, List<Violation> broken, long[] target) {
        if (size == fibers.length) {
            fibers = Arrays.copyOf(fibers, 2 * size);
            alternatives = Arrays.copyOf(alternatives, 2 * size);
            targetOf = Arrays.copyOf(targetOf, 2 * size);
            targets = Arrays.copyOf(targets, 2 * size * width);
        }
        fibers[size] = fiber;
        alternatives[size] = alternative;
        violations.add(broken);
        if (target == null) {
            targetOf[size] = -1;
        } else {
            System.arraycopy(target, 0, targets, targetCount * width, width);
            targetOf[size] = targetCount++;
        }
        size++;
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
        return violations.get(step);
    }

    /** Whether the step ends the run (it has no target). */
    boolean ends(int step) {
        return targetOf[step] < 0;
    }

    /** Copies the step's target into {@code into}. */
    void target(int step, long[] into) {
        System.arraycopy(targets, targetOf[step] * width, into, 0, width);
    }

    /** The targets, one after another. */
    long[] targets() {
        return targets;
    }

    int targetCount() {
        return targetCount;
    }
}
