package dev.gilcheck.checker.search;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A time limit is reported as it was given, not rounded to whole seconds (0.5 s once read "1 s"). */
class LimitsTest {

    @Test
    void secondsAreShownAsGiven() {
        assertEquals("0.5", Limits.seconds(0.5));
        assertEquals("0.01", Limits.seconds(0.01));
        assertEquals("60", Limits.seconds(60));
        assertEquals("86400", Limits.seconds(86_400));
    }
}
