package dev.gilcheck.checker.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Reference values: Newcombe, "Two-sided confidence intervals for the single proportion", Stat. Med. 1998, table I. */
class ProportionTest {

    private static void assertInterval(long hits, long trials, double lower, double upper) {
        Proportion p = new Proportion(hits, trials);
        assertEquals(lower, p.lower(), 5e-5, "lower");
        assertEquals(upper, p.upper(), 5e-5, "upper");
    }

    @Test
    void matchesPublishedWilsonIntervals() {
        assertInterval(81, 263, 0.2553, 0.3662);
        assertInterval(15, 148, 0.0624, 0.1605);
        assertInterval(0, 20, 0.0, 0.1611);
        assertInterval(1, 29, 0.0061, 0.1718);
    }

    @Test
    void theIntervalOfNoHitsStartsAtZeroAndOfAllHitsEndsAtOne() {
        for (long n : new long[] {1, 7, 1000, 123_457}) {
            assertEquals(0.0, new Proportion(0, n).lower());
            assertEquals(1.0, new Proportion(n, n).upper());
            assertEquals(1 - new Proportion(0, n).upper(), new Proportion(n, n).lower(), 1e-12);
        }
    }

    @Test
    void refusesImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Proportion(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new Proportion(0, 0));
    }
}
