package dev.gilcheck.model;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.memory.MemoryModel;
import dev.gilcheck.checker.store.Canonicalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The premise of symmetry reduction, checked on reachable worlds: a world and its representative
 * have the same steps, up to the renaming, with the same violations; the representative is built
 * from every per-thread field there is; and one thread's canonicalizer, reused from world to world and
 * told which world's successors it canonicalizes, builds them in place exactly as the shared one does.
 */
class DaemonSymmetryTest {

    @Test
    void everyPerThreadFieldIsPermuted() {
        for (MemoryModel memory : MemoryModel.values()) {
            everyPerThreadFieldIsPermuted(new World(new Bounds(3, 1, 1, 1), memory));
        }
    }

    private static void everyPerThreadFieldIsPermuted(World w) {
        w.seal(new int[] {64, 64, 64, 64, 64});
        Set<Field> known = new HashSet<>();
        for (Field[] kind : w.perThread()) {
            known.addAll(Arrays.asList(kind));
        }
        for (Field f : w.layout().fields()) {
            if (f.name().matches("[MDC][0-9]*\\..*")) {
                assertTrue(known.contains(f), f.name() + " is per thread but DaemonSymmetry does not move it");
            }
        }
    }

    @Test
    void aWorldAndItsRepresentativeHaveTheSameSteps() {
        for (Strategy s : List.of(Strategy.FIX4_A36ADFA, Strategy.PY313, Strategy.PY314, Strategy.NO_CHECK)) {
            FiberSystem system = new CPythonModel(s, new Bounds(3, 1, 1, 1)).symmetricSystem();
            int permuted = checkReachable(system, 60_000);
            assertTrue(permuted > 1000, s.id() + ": only " + permuted + " worlds had another representative");
        }
    }

    @Test
    void underTsoTheStoreBuffersMoveWithTheirThreads() {
        for (Strategy s : List.of(Strategy.FIX4_A36ADFA, Strategy.PY310)) {
            FiberSystem system = new CPythonModel(s, new Bounds(3, 1, 1, 1)).under(MemoryModel.TSO).symmetricSystem();
            int permuted = checkReachable(system, 60_000);
            assertTrue(permuted > 1000, s.id() + ": only " + permuted + " worlds had another representative");
        }
    }

    /** Checks the first {@code limit} worlds in breadth-first order; returns how many were not their own representative. */
    private static int checkReachable(FiberSystem system, int limit) {
        Canonicalizer symmetry = system.symmetry();
        Canonicalizer oneThread = symmetry.forOneThread();
        Set<List<Long>> seen = new HashSet<>();
        Deque<long[]> queue = new ArrayDeque<>(List.of(system.initial()));
        int permuted = 0;
        while (!queue.isEmpty() && seen.size() < limit) {
            long[] world = queue.poll();
            if (!seen.add(key(world))) {
                continue;
            }
            long[] representative = symmetry.canonical(world);
            if (!Arrays.equals(world, representative)) {
                permuted++;
                assertEquals(steps(system, world), steps(system, representative),
                        "steps of a world and of its representative");
            }
            oneThread.expanding(world);
            for (Move m : system.moves(world, false)) {
                if (!m.fatal()) {
                    long[] inPlace = m.target().clone();
                    oneThread.canonicalize(inPlace);
                    assertArrayEquals(symmetry.canonical(m.target()), inPlace, "one thread's canonicalizer, in place");
                    queue.add(m.target());
                }
            }
        }
        return permuted;
    }

    /** A world's steps, each as its site, violations and the representative of its target, sorted. */
    private static List<String> steps(FiberSystem system, long[] world) {
        List<String> out = new ArrayList<>();
        for (Move m : system.moves(world, false)) {
            out.add(m.site().key() + " " + m.violations() + " -> "
                    + Arrays.toString(system.symmetry().canonical(m.target())));
        }
        out.sort(null);
        return out;
    }

    private static List<Long> key(long[] world) {
        List<Long> k = new ArrayList<>();
        for (long v : world) {
            k.add(v);
        }
        return k;
    }
}
