package dev.gilcheck.checker.search;

import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The frontier gives back what a double-ended queue would, across chunk boundaries, the ring's
 * wrap-around and growth, and emptying: breadth-first, depth-first, and the two mixed.
 */
class FrontierTest {
    private static final int WIDTH = 3;

    @Test
    void breadthFirstIsAQueue() {
        agreesWithADeque(1.0, 11);
    }

    @Test
    void depthFirstIsAStack() {
        agreesWithADeque(0.0, 12);
    }

    @Test
    void mixedTakesAgreeWithADeque() {
        agreesWithADeque(0.5, 13);
    }

    /** Adds in bursts longer than a chunk and takes a little less than it adds, then drains. */
    private static void agreesWithADeque(double fifoShare, long seed) {
        Random random = new Random(seed);
        Frontier frontier = new Frontier(WIDTH);
        ArrayDeque<Integer> expected = new ArrayDeque<>();
        int next = 0;
        for (int round = 0; round < 40; round++) {
            int adds = random.nextInt(60_000);
            for (int i = 0; i < adds; i++) {
                frontier.add(next, worldOf(next));
                expected.addLast(next++);
            }
            int takes = Math.min(expected.size(), random.nextInt(60_000));
            for (int i = 0; i < takes; i++) {
                take(frontier, expected, random.nextDouble() < fifoShare);
            }
            assertEquals(expected.size(), frontier.size());
        }
        while (!expected.isEmpty()) {
            take(frontier, expected, random.nextDouble() < fifoShare);
        }
        assertEquals(0, frontier.bytes());
        frontier.add(next, worldOf(next));
        assertEquals(next, frontier.poll(true, new long[WIDTH]));
    }

    private static void take(Frontier frontier, ArrayDeque<Integer> expected, boolean fifo) {
        long[] world = new long[WIDTH];
        int id = frontier.poll(fifo, world);
        assertEquals(fifo ? expected.pollFirst() : expected.pollLast(), id);
        assertArrayEquals(worldOf(id), world);
    }

    private static long[] worldOf(int id) {
        return new long[] {id, -id, (long) id << 32};
    }
}
