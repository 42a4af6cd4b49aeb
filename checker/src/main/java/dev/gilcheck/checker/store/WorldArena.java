package dev.gilcheck.checker.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Worlds by dense index, each packed in as few bytes as its words use: a word whose highest used bit
 * is {@code b} takes {@code ceil(b / 8)} bytes. Records are kept in pages of about two megabytes: a
 * page holds a power of two of records, so no record straddles two pages, and growing adds a page
 * without copying what is held (nor ever holding an old and a new copy at once). Two megabytes keep
 * a page an ordinary object for the garbage collector rather than a humongous one.
 */
public final class WorldArena {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int PAGE_BYTES = 1 << 21;

    private final int width;
    /** Per word: where it starts in a record, and which of its bits are kept. */
    private final int[] offset;
    private final long[] mask;
    private final int recordBytes;
    private final int pageBits;
    private byte[][] pages = new byte[0][];
    private int size;

    /** @param usedBits per word of a world, how many of its low bits can be non-zero (1 to 64) */
    public WorldArena(int[] usedBits) {
        this.width = usedBits.length;
        this.offset = new int[width];
        this.mask = new long[width];
        int at = 0;
        for (int w = 0; w < width; w++) {
            int bytes = (Math.max(1, usedBits[w]) + 7) / 8;
            offset[w] = at;
            mask[w] = bytes == 8 ? -1L : (1L << (8 * bytes)) - 1;
            at += bytes;
        }
        this.recordBytes = at;
        this.pageBits = Math.max(0, 31 - Integer.numberOfLeadingZeros(PAGE_BYTES / recordBytes));
    }

    /** Appends {@code world}; returns its index. */
    public int add(long[] world) {
        int page = size >>> pageBits;
        if (page == pages.length) {
            // The page first: if the heap runs out here, the arena stays whole for the statistics.
            byte[] fresh = new byte[(recordBytes << pageBits) + Long.BYTES];
            pages = Arrays.copyOf(pages, page + 1);
            pages[page] = fresh;
        }
        byte[] p = pages[page];
        int base = base(size);
        for (int w = 0; w < width; w++) {
            // A word's spare high bytes land on the next word's (written next) or on the page's padding.
            LONG.set(p, base + offset[w], world[w]);
        }
        return size++;
    }

    /** Whether record {@code index} equals {@code world}. */
    public boolean matches(int index, long[] world) {
        byte[] p = pages[index >>> pageBits];
        int base = base(index);
        for (int w = 0; w < width; w++) {
            if ((((long) LONG.get(p, base + offset[w])) & mask[w]) != world[w]) {
                return false;
            }
        }
        return true;
    }

    /** The first byte of record {@code index}: reading it brings the record into the cache. */
    byte firstByte(int index) {
        return pages[index >>> pageBits][base(index)];
    }

    /** Copies record {@code index} into {@code into}. */
    public void copy(int index, long[] into) {
        byte[] p = pages[index >>> pageBits];
        int base = base(index);
        for (int w = 0; w < width; w++) {
            into[w] = ((long) LONG.get(p, base + offset[w])) & mask[w];
        }
    }

    public int size() {
        return size;
    }

    public long bytes() {
        return (long) pages.length * growthBytes();
    }

    /** What the next growth allocates: one page. */
    public long growthBytes() {
        return ((long) recordBytes << pageBits) + Long.BYTES;
    }

    private int base(int index) {
        return (index & ((1 << pageBits) - 1)) * recordBytes;
    }
}
