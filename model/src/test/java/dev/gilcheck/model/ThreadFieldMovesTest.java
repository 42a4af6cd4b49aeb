package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.memory.MemoryModel;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moving a thread's fields by masked shifts gives what copying them field by field gives, on random
 * worlds, for every pair of threads, under both memory models; and a daemon moves in at most half as
 * many shifts as it has fields (most in two: its fields, then its program counter, laid out last).
 */
class ThreadFieldMovesTest {

    @Test
    void shiftsCopyWhatFieldByFieldCopies() {
        for (MemoryModel memory : MemoryModel.values()) {
            for (Bounds bounds : new Bounds[] {new Bounds(3, 1, 1, 1), new Bounds(4, 1, 2, 2), new Bounds(6, 1, 1, 0)}) {
                agree(bounds, memory);
            }
        }
    }

    private static void agree(Bounds bounds, MemoryModel memory) {
        World w = new World(bounds, memory);
        w.seal(sizes(bounds.fibers()));
        Field[][] perThread = w.perThread();
        int threads = w.fibers();
        ThreadFieldMoves moves = new ThreadFieldMoves(perThread, w.perThreadBits());
        Random random = new Random(bounds.fibers() * 31L + memory.ordinal());
        for (int trial = 0; trial < 200; trial++) {
            long[] source = randomWorld(w, random);
            long[] target = randomWorld(w, random);
            for (int from = 0; from < threads; from++) {
                for (int to = 0; to < threads; to++) {
                    long[] expected = target.clone();
                    for (Field[] kind : perThread) {
                        kind[to].set(expected, kind[from].get(source));
                    }
                    long[] moved = target.clone();
                    moves.copy(source, from, moved, to);
                    assertArrayEquals(expected, moved, memory + " " + bounds + ": " + from + " into " + to);
                }
            }
        }
        for (int from = 1; from <= bounds.daemons(); from++) {
            for (int to = 1; to <= bounds.daemons(); to++) {
                assertTrue(moves.moves(from, to) <= perThread.length / 2,
                        memory + " " + bounds + ": D" + from + " into D" + to + " takes " + moves.moves(from, to) + " shifts");
            }
        }
    }

    private static int[] sizes(int fibers) {
        int[] sizes = new int[fibers];
        Arrays.fill(sizes, 100);
        return sizes;
    }

    /** Every field at a random value it can hold, the unused bits clear. */
    private static long[] randomWorld(World w, Random random) {
        long[] world = w.layout().newWorld();
        for (Field f : w.layout().fields()) {
            f.set(world, random.nextInt(f.max() + 1));
        }
        return world;
    }
}
