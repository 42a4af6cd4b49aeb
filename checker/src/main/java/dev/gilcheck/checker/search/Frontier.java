package dev.gilcheck.checker.search;

import java.util.Arrays;

/**
 * The worlds waiting to be expanded, each with its id, in chunks of about a megabyte. Taken from the
 * front it is a queue (breadth-first), from the back a stack (depth-first). It grows a chunk at a
 * time and never copies what it holds. An emptied chunk is kept for the next one needed, not given
 * back: a breadth-first search fills and empties a chunk for every 30,000 or so worlds, and chunks
 * that outlive a young collection left the old generation a chunk of garbage each (445 MB over the
 * 13.9 million worlds of bpo-36475 at 4 daemons), freed only by full collections.
 *
 * <p>The chunks sit in a ring of its own whose index wraps by a mask, not a test, and the first and
 * last chunks are kept at hand: the search's hot loop inlines {@link #add} and {@link #poll}, and a
 * test it had never seen taken, such as {@code ArrayDeque}'s wrap-around some 200,000 worlds into a
 * search, throws its compiled code away and recompiles it.
 */
final class Frontier {
    private static final int CHUNK_LONGS = 1 << 17;

    private final int entry;
    private final int perChunk;
    /** The chunks from the first (at {@code ring[first]}) to the last, {@code chunkCount} of them; a power of two long. */
    private long[][] ring = new long[2][];
    private int first;
    private int chunkCount;
    private long[] head;
    private long[] tail;
    /** The last chunk emptied, if no chunk was needed since. */
    private long[] spare;
    /**
     * Entries already taken from the first chunk, and entries put in the last one (all of it when
     * there is none): a chunk is added only when the last is full, so every chunk but the last is.
     */
    private int headTaken;
    private int tailPut;
    private int count;

    Frontier(int width) {
        this.entry = width + 1;
        this.perChunk = Math.max(1, CHUNK_LONGS / entry);
        this.tailPut = perChunk;
    }

    void add(int id, long[] world) {
        if (tailPut == perChunk) {
            addChunk();
        }
        int at = tailPut * entry;
        tail[at] = id;
        System.arraycopy(world, 0, tail, at + 1, entry - 1);
        tailPut++;
        count++;
    }

    private void addChunk() {
        if (chunkCount == ring.length) {
            long[][] larger = new long[2 * ring.length][];
            for (int c = 0; c < chunkCount; c++) {
                larger[c] = chunkAt(c);
            }
            ring = larger;
            first = 0;
        }
        tail = spare != null ? spare : new long[perChunk * entry];
        spare = null;
        ring[(first + chunkCount) & (ring.length - 1)] = tail;
        if (chunkCount++ == 0) {
            head = tail;
        }
        tailPut = 0;
    }

    /** The chunk {@code c} places after the first. */
    private long[] chunkAt(int c) {
        return ring[(first + c) & (ring.length - 1)];
    }

    /** Removes the oldest entry (fifo) or the newest (lifo) into {@code world}; returns its id. */
    int poll(boolean fifo, long[] world) {
        long[] chunk;
        int at;
        if (fifo) {
            chunk = head;
            at = headTaken++ * entry;
        } else {
            chunk = tail;
            at = --tailPut * entry;
        }
        System.arraycopy(chunk, at + 1, world, 0, entry - 1);
        int id = (int) chunk[at];
        count--;
        if (count == 0) {
            Arrays.fill(ring, null);
            spare = null;
            first = 0;
            chunkCount = 0;
            head = null;
            tail = null;
            headTaken = 0;
            tailPut = perChunk;
        } else if (fifo && headTaken == perChunk) {
            spare = head;
            ring[first] = null;
            first = (first + 1) & (ring.length - 1);
            chunkCount--;
            head = ring[first];
            headTaken = 0;
        } else if (!fifo && tailPut == 0) {
            spare = tail;
            ring[(first + chunkCount - 1) & (ring.length - 1)] = null;
            chunkCount--;
            tail = chunkAt(chunkCount - 1);
            tailPut = perChunk;
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
        return 8L * (chunkCount + (spare != null ? 1 : 0)) * perChunk * entry;
    }

    /** One chunk. */
    long growthBytes() {
        return 8L * perChunk * entry;
    }
}
