package dev.gilcheck.checker.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-world lists keep every value across the first page's doublings and the pages after it. */
class IntListTest {

    @Test
    void keepsWhatItHoldsAcrossPages() {
        IntList list = new IntList();
        int n = 1_200_000;
        for (int i = 0; i < n; i++) {
            list.add(i * 7);
        }
        list.set(600_000, -1);
        assertEquals(n, list.size());
        for (int i = 0; i < n; i++) {
            assertEquals(i == 600_000 ? -1 : i * 7, list.get(i), "entry " + i);
        }
        assertTrue(list.bytes() >= 4L * n && list.bytes() <= 4L * 3 * (1 << 19), list.bytes() + " bytes");
    }
}
