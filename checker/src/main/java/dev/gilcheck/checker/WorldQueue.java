package dev.gilcheck.checker;

import java.util.Arrays;

/** A first-in first-out queue of packed worlds of one width, kept in one growable ring of longs. */
final class WorldQueue {
    private final int width;
    private long[] ring;
    private int head;
    private int count;

    WorldQueue(int width) {
        this.width = width;
        this.ring = new long[width * 256];
    }

    void add(long[] world) {
        int capacity = ring.length / width;
        if (count == capacity) {
            long[] bigger = new long[ring.length * 2];
            for (int k = 0; k < count; k++) {
                System.arraycopy(ring, ((head + k) % capacity) * width, bigger, k * width, width);
            }
            ring = bigger;
            head = 0;
            capacity *= 2;
        }
        System.arraycopy(world, 0, ring, ((head + count) % capacity) * width, width);
        count++;
    }

    long[] poll() {
        int capacity = ring.length / width;
        long[] w = Arrays.copyOfRange(ring, head * width, head * width + width);
        head = (head + 1) % capacity;
        count--;
        return w;
    }

    boolean isEmpty() {
        return count == 0;
    }

    long bytes() {
        return 8L * ring.length;
    }
}
