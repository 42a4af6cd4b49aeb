package dev.gilcheck.checker.search;

import java.util.ArrayDeque;

/**
 * The worlds waiting to be expanded, each with its id, in chunks of about a megabyte. Taken from the
 * front it is a queue (breadth-first), from the back a stack (depth-first). It grows a chunk at a
 * time and gives back each chunk once emptied, so it never copies what it holds.
 */
final class Frontier {
    private static final int CHUNK_LONGS = 1 << 17;

    private final int entry;
    private final int perChunk;
    private final ArrayDeque<long[]> chunks = new ArrayDeque<>();
    /** Entries already taken from the first chunk, and entries put in the last one. */
    private int headTaken;
    private int tailPut;
    private int count;

    Frontier(int width) {
        this.entry = width + 1;
        this.perChunk = Math.max(1, CHUNK_LONGS / entry);
    }

    void add(int id, long[] world) {
        if (chunks.isEmpty() || tailPut == perChunk) {
            chunks.addLast(new long[perChunk * entry]);
            tailPut = 0;
        }
        int at = tailPut * entry;
        long[] chunk = chunks.peekLast();
        chunk[at] = id;
        System.arraycopy(world, 0, chunk, at + 1, entry - 1);
        tailPut++;
        count++;
    }

    /** Removes the oldest entry (fifo) or the newest (lifo) into {@code world}; returns its id. */
    int poll(boolean fifo, long[] world) {
        long[] chunk;
        int at;
        if (fifo) {
            chunk = chunks.peekFirst();
            at = headTaken++ * entry;
        } else {
            chunk = chunks.peekLast();
            at = --tailPut * entry;
        }
        System.arraycopy(chunk, at + 1, world, 0, entry - 1);
        int id = (int) chunk[at];
        count--;
        if (count == 0) {
            chunks.clear();
            headTaken = 0;
            tailPut = 0;
        } else if (fifo && headTaken == perChunk) {
            chunks.pollFirst();
            headTaken = 0;
        } else if (!fifo && tailPut == 0) {
            chunks.pollLast();
            tailPut = chunks.size() == 1 ? headTaken + count : perChunk;
        }
        return id;
    }

    boolean isEmpty() {
        return count == 0;
    }

    int size() {
        return count;
    }

    long bytes() {
        return 8L * chunks.size() * perChunk * entry;
    }

    /** One chunk. */
    long growthBytes() {
        return 8L * perChunk * entry;
    }
}
