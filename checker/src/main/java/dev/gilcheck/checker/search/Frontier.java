package dev.gilcheck.checker.search;

/**
 * The worlds waiting to be expanded, each with its id, in one growable ring of longs. Taken from the
 * front it is a queue (breadth-first), from the back a stack (depth-first).
 */
final class Frontier {
    private final int entry;
    private long[] ring;
    private int head;
    private int count;

    Frontier(int width) {
        this.entry = width + 1;
        this.ring = new long[entry * 256];
    }

    void add(int id, long[] world) {
        int capacity = ring.length / entry;
        if (count == capacity) {
            long[] bigger = new long[ring.length * 2];
            for (int k = 0; k < count; k++) {
                System.arraycopy(ring, ((head + k) % capacity) * entry, bigger, k * entry, entry);
            }
            ring = bigger;
            head = 0;
            capacity *= 2;
        }
        int at = ((head + count) % capacity) * entry;
        ring[at] = id;
        System.arraycopy(world, 0, ring, at + 1, entry - 1);
        count++;
    }

    /** Removes the oldest entry (fifo) or the newest (lifo) into {@code world}; returns its id. */
    int poll(boolean fifo, long[] world) {
        int capacity = ring.length / entry;
        int slot = fifo ? head : (head + count - 1) % capacity;
        int at = slot * entry;
        System.arraycopy(ring, at + 1, world, 0, entry - 1);
        if (fifo) {
            head = (head + 1) % capacity;
        }
        count--;
        return (int) ring[at];
    }

    boolean isEmpty() {
        return count == 0;
    }

    int size() {
        return count;
    }

    long bytes() {
        return 8L * ring.length;
    }

    long growthBytes() {
        return 16L * ring.length;
    }
}
