package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Arguments are all checked before anything is printed or run, each bad one refused with one line
 * (issue 11, items 2, 11, 14).
 */
class ArgumentsTest {

    private static String refused(String... args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("", r.out(), "printed before refusing");
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        return r.err().trim();
    }

    @Test
    void threadCountsAreBoundedByTheCores() {
        int max = 4 * Runtime.getRuntime().availableProcessors();
        String e = refused("check", "-s", "py39", "--threads", "100000");
        assertTrue(e.endsWith("--threads 100000 is out of range: use 1 to " + max + " (4 per core; this machine has "
                + Runtime.getRuntime().availableProcessors() + ")"), e);
        assertTrue(refused("ablate", "--threads", "100000").contains("use 1 to " + max));
        assertTrue(refused("ablate", "--threads", "0").contains("use 1 to " + max));
        assertEquals(0, Cli.run("check", "-s", "py39", "--daemons", "1", "--threads", String.valueOf(max)).code());
    }

    @Test
    void aToggleNeedsItsValueAndIsGivenOnce() {
        String e = refused("check", "-s", "py39", "-t", "wait-loop-check");
        assertTrue(e.endsWith("-t wait-loop-check needs a value: -t wait-loop-check=off|on (see check --help)")
                || e.contains("-t wait-loop-check needs a value: -t wait-loop-check=off|on"), e);
        e = refused("matrix", "-t", "entry-check=on", "-t", "entry-check=off");
        assertTrue(e.contains("-t entry-check is given twice: give each toggle once"), e);
    }

    @Test
    void optionsThatWouldBeIgnoredOrClampedAreRefused() {
        assertTrue(refused("check", "-s", "py39", "--format", "json", "--swimlane").contains("--swimlane draws text"));
        assertTrue(refused("check", "-s", "py39", "--swimlane", "--width", "0").contains("--width 0 is out of range"));
        assertTrue(refused("replay", "-s", "py39", "--schedule", "M", "--width", "5000").contains("use 40 to 1000"));
        assertTrue(refused("dot", "-s", "py39", "--max-states", "-1").contains("--max-states -1 is out of range"));
    }

    @Test
    void benchChecksEverythingBeforeItsHeader() {
        assertTrue(refused("bench", "--max-seconds", "-1").contains("--max-seconds -1.0 is out of range"));
        assertTrue(refused("bench", "--from", "0", "--to", "1").endsWith("--from 0 is out of range: use 1 to 12"));
        assertTrue(refused("bench", "--to", "13").endsWith("--to 13 is out of range: use 2 to 12"));
        assertTrue(refused("bench", "--loops", "9").endsWith("--loops 9 is out of range: use 1 to 8"));
    }

    @Test
    void whatTheUserTypedIsEscapedAndCut() {
        String e = refused("check", "-s", "\u001b[31mred\u001b[0m\nline");
        assertFalse(e.chars().anyMatch(c -> c < ' '), e);
        assertTrue(e.contains("unknown strategy '\\x1b[31mred\\x1b[0m\\x0aline'"), e);
        String huge = "x".repeat(100_000);
        e = refused("check", "-s", huge);
        assertTrue(e.length() < 2_100, "a line of " + e.length() + " characters");
        assertTrue(e.contains("characters cut)"), e);
        assertTrue(e.contains("valid strategies: pre-bpo-9901"), e);
    }
}
