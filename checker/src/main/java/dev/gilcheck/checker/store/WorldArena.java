package dev.gilcheck.checker.store;

import java.util.Arrays;

/**
 * Records of a fixed number of longs (worlds), by dense index, in pages of about two megabytes: a
 * page holds a power of two of records, so no record straddles two pages, and growing adds a page
 * without copying what is held (nor ever holding the old and the new copy at once). Two megabytes
 * keep a page an ordinary object for the garbage collector rather than a humongous one.
 */
public final class WorldArena {
    private static final int PAGE_LONGS = 1 << 18;

    private final int width;
    private final int pageBits;
    private final int recordsPerPage;
    private long[][] pages = new long[0][];
    private int size;

    public WorldArena(int width) {
        this.width = width;
        this.pageBits = Math.max(0, 31 - Integer.numberOfLeadingZeros(PAGE_LONGS / Math.max(1, width)));
        this.recordsPerPage = 1 << pageBits;
    }

    /** Appends {@code world}; returns its index. */
    public int add(long[] world) {
        int page = size >>> pageBits;
        if (page == pages.length) {
            pages = Arrays.copyOf(pages, page + 1);
            pages[page] = new long[recordsPerPage * width];
        }
        System.arraycopy(world, 0, pages[page], offset(size), width);
        return size++;
    }

    /** Whether record {@code index} equals {@code world}. */
    public boolean matches(int index, long[] world) {
        long[] page = pages[index >>> pageBits];
        int base = offset(index);
        for (int k = 0; k < width; k++) {
            if (page[base + k] != world[k]) {
                return false;
            }
        }
        return true;
    }

    /** Copies record {@code index} into {@code into}. */
    public void copy(int index, long[] into) {
        System.arraycopy(pages[index >>> pageBits], offset(index), into, 0, width);
    }

    /** The hash of record {@code index}, as {@link Hashing#hash} gives it for the world. */
    long hash(int index) {
        return Hashing.hash(pages[index >>> pageBits], offset(index), width);
    }

    public int size() {
        return size;
    }

    public long bytes() {
        return 8L * recordsPerPage * width * pages.length;
    }

    /** What the next growth allocates: one page. */
    public long growthBytes() {
        return 8L * recordsPerPage * width;
    }

    private int offset(int index) {
        return (index & (recordsPerPage - 1)) * width;
    }
}
