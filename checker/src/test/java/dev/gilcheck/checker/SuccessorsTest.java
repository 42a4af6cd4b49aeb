package dev.gilcheck.checker;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.engine.Successors;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Judging steps for partial-order reduction while they are enumerated changes none of them, and finds
 * the independent step that the definition names, computed here from each fiber's footprint alone.
 */
class SuccessorsTest {

    @Test
    void judgingFindsTheFirstIndependentStepAndChangesNoStep() {
        for (FiberSystem system : List.of(ToySystems.workers(3), ToySystems.bossAndWorkers(3), ToySystems.peekers(3))) {
            Successors plain = new Successors(system);
            Successors judged = new Successors(system);
            int withIndependentStep = 0;
            List<long[]> worlds = reachable(system);
            for (long[] world : worlds) {
                List<String> expected = steps(plain, world, false);
                assertEquals(expected, steps(judged, world, true));
                Move independent = firstIndependentStep(system, world);
                assertEquals(independent != null, judged.hadIndependentStep());
                if (independent != null) {
                    withIndependentStep++;
                    assertEquals(independent.fiber(), judged.fiber());
                    assertEquals(independent.alternative(), judged.alternative());
                    assertArrayEquals(independent.target(), judged.target());
                    assertTrue(judged.violations().isEmpty());
                }
            }
            assertTrue(withIndependentStep > 0 && withIndependentStep < worlds.size(),
                    withIndependentStep + " of " + worlds.size());
        }
    }

    /** Every step of {@code world}: fiber, alternative, violations and target, in order. */
    private static List<String> steps(Successors successors, long[] world, boolean judge) {
        List<String> out = new ArrayList<>();
        successors.of(world, judge);
        while (successors.next()) {
            out.add(successors.fiber() + "/" + successors.alternative() + " " + successors.violations() + " "
                    + Arrays.toString(successors.target()));
        }
        return out;
    }

    /**
     * The first fiber, other than the progress fiber, with one enabled step that breaks nothing and
     * whose guards and action write only its private fields and read only those and the monotone flags
     * already set.
     */
    private static Move firstIndependentStep(FiberSystem system, long[] world) {
        int words = world.length;
        long[] settled = new long[words];
        for (Field flag : system.monotoneFlags()) {
            if (flag.isSet(world)) {
                settled[flag.word()] |= flag.wordMask();
            }
        }
        for (int f = 0; f < system.fibers().size(); f++) {
            long[] reads = new long[words];
            long[] writes = new long[words];
            List<Move> moves = system.moves(world, f, reads, writes);
            if (f != system.progressFiber() && moves.size() == 1 && moves.get(0).violations().isEmpty()
                    && FiberSystem.within(writes, system.privateBits(f))
                    && FiberSystem.within(reads, system.privateBits(f), settled)) {
                return moves.get(0);
            }
        }
        return null;
    }

    private static List<long[]> reachable(FiberSystem system) {
        List<long[]> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        ArrayDeque<long[]> queue = new ArrayDeque<>(List.of(system.initial()));
        while (!queue.isEmpty()) {
            long[] world = queue.poll();
            if (seen.add(Arrays.toString(world))) {
                out.add(world);
                for (Move m : system.moves(world, false)) {
                    queue.add(m.target());
                }
            }
        }
        return out;
    }
}
