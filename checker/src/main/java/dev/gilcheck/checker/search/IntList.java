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
    /** The page being filled, and how much of it is. */
    private int[] last = pages[0];
    private int at;
    private int size;

    void add(int v) {
        // One test for both kinds of growth: the first page's doublings make the compiler see it taken
        // early, so it does not compile the rare new page as a trap that throws the caller's code away.
        if (at == last.length) {
            grow();
        }
        last[at++] = v;
        size++;
    }

    /** The first page doubles until it is a whole page; after that, a new page. */
    private void grow() {
        if (at < PAGE) {
            last = Arrays.copyOf(last, Math.min(PAGE, at * 2));
            pages[pages.length - 1] = last;
            return;
        }
        // The page first: if the heap runs out here, the list stays whole for the statistics.
        int[] fresh = new int[PAGE];
        int[][] more = Arrays.copyOf(pages, pages.length + 1);
        more[pages.length] = fresh;
        pages = more;
        last = fresh;
        at = 0;
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
