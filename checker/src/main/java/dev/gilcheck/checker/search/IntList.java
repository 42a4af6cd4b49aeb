package dev.gilcheck.checker.search;

import java.util.Arrays;

/**
 * A growable array of ints, for per-world data kept by id without boxing. It grows by pages of half
 * a million ints (two megabytes, an ordinary object for the garbage collector, not a humongous one),
 * so growing never copies what it holds and never needs more than one page at once.
 */
final class IntList {
    private static final int PAGE_BITS = 19;
    private static final int PAGE = 1 << PAGE_BITS;
    private static final int FIRST_PAGE = 1024;

    private int[][] pages = {new int[FIRST_PAGE]};
    private int size;

    void add(int v) {
        int page = size >>> PAGE_BITS;
        int at = size & (PAGE - 1);
        if (page == pages.length) {
            // The page first: if the heap runs out here, the list stays whole for the statistics.
            int[] fresh = new int[PAGE];
            pages = Arrays.copyOf(pages, page + 1);
            pages[page] = fresh;
        } else if (at == pages[page].length) {
            pages[page] = Arrays.copyOf(pages[page], Math.min(PAGE, at * 2));
        }
        pages[page][at] = v;
        size++;
    }

    int get(int i) {
        return pages[i >>> PAGE_BITS][i & (PAGE - 1)];
    }

    void set(int i, int v) {
        pages[i >>> PAGE_BITS][i & (PAGE - 1)] = v;
    }

    int size() {
        return size;
    }

    long bytes() {
        long b = 0;
        for (int[] p : pages) {
            b += 4L * p.length;
        }
        return b;
    }

    /** At most one page: growing allocates a new page, or doubles the first one until it is a page. */
    long growthBytes() {
        return 4L * PAGE;
    }
}
