package dev.gilcheck.checker.search;

import java.util.Arrays;

/**
 * The worlds waiting to be expanded, each with its id, in chunks of up to about a megabyte. Taken
 * from the front it is a queue (breadth-first), from the back a stack (depth-first). It grows a
 * chunk at a time and never copies what it holds. An emptied chunk is kept for the next one needed,
 * not given back: a breadth-first search fills and empties a chunk for every 30,000 or so worlds,
 * and chunks that outlived a young collection left the old generation a chunk of garbage each
 * (445 MB over the 13.9 million worlds of bpo-36475 at 4 daemons), freed only by full collections.
 *
 * <p>The search's hot loop inlines {@link #add} and {@link #poll}, and the compiler turns a test it
 * has never seen pass into a trap that throws the compiled loop away when it first does (it did,
 * once for {@code ArrayDeque}'s wrap-around, once for the first full chunk, each time recompiling
 * the loop for 0.1 to 0.2 s). So the chunks sit in a ring of its own whose index wraps by a mask,
 * and the first chunks are small and double: a search fills and empties chunks within its first
 * hundred worlds, long before the loop is compiled.
 */
final class Frontier {
    private static final int CHUNK_LONGS = 1 << 17;
    private static final int FIRST_CHUNK_ENTRIES = 16;
    private static final long[] NONE = new long[0];

    private final int entry;
    private final int largestChunk;
    /** The length of the next chunk made. */
    private int nextChunk;
    /** The chunks from the first (at {@code ring[first]}) to the last, {@code chunkCount} of them; a power of two long. */
    private long[][] ring = new long[2][];
    private int first;
    private int chunkCount;
    /** The first and the last chunk ({@link #NONE} when there is none), and the longs all chunks hold. */
    private long[] head = NONE;
    private long[] tail = NONE;
    private long held;
    /** The last chunk emptied, if no chunk was made since. */
    private long[] spare;
    /**
     * Longs already taken from the first chunk, and longs put in the last one: a chunk is added only
     * when the last is full, so every chunk but the last is.
     */
    private int headAt;
    private int tailAt;
    private int count;

    Frontier(int width) {
        this.entry = width + 1;
        this.largestChunk = Math.max(1, CHUNK_LONGS / entry) * entry;
        this.nextChunk = Math.min(FIRST_CHUNK_ENTRIES * entry, largestChunk);
    }

    void add(int id, long[] world) {
        if (tailAt == tail.length) {
            addChunk();
        }
        tail[tailAt] = id;
        System.arraycopy(world, 0, tail, tailAt + 1, entry - 1);
        tailAt += entry;
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
        tail = spare != null && spare.length == nextChunk ? spare : new long[nextChunk];
        spare = null;
        nextChunk = Math.min(2 * nextChunk, largestChunk);
        ring[(first + chunkCount) & (ring.length - 1)] = tail;
        if (chunkCount++ == 0) {
            head = tail;
        }
        held += tail.length;
        tailAt = 0;
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
            at = headAt;
            headAt += entry;
        } else {
            chunk = tail;
            tailAt -= entry;
            at = tailAt;
        }
        System.arraycopy(chunk, at + 1, world, 0, entry - 1);
        int id = (int) chunk[at];
        count--;
        if (count == 0) {
            Arrays.fill(ring, null);
            first = 0;
            chunkCount = 0;
            head = NONE;
            tail = NONE;
            held = 0;
            spare = null;
            headAt = 0;
            tailAt = 0;
        } else if (fifo && headAt == head.length) {
            spare = head;
            held -= head.length;
            ring[first] = null;
            first = (first + 1) & (ring.length - 1);
            chunkCount--;
            head = ring[first];
            headAt = 0;
        } else if (!fifo && tailAt == 0) {
            spare = tail;
            held -= tail.length;
            ring[(first + chunkCount - 1) & (ring.length - 1)] = null;
            chunkCount--;
            tail = chunkAt(chunkCount - 1);
            tailAt = tail.length;
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
        return 8L * (held + (spare == null ? 0 : spare.length));
    }

    /** The next chunk. */
    long growthBytes() {
        return 8L * nextChunk;
    }
}
