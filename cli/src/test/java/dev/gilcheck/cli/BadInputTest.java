package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Bad input: one line on stderr that says what to do, exit 2, nothing on stdout, no stack trace. */
class BadInputTest {

    /** A replay that cannot take a step: the steps before it on stdout, the reason as one line on stderr. */
    private static String refusedAfter(int steps, String... args) {
        Cli r = Cli.run(args);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue(r.out().endsWith("steps 1 to " + steps + " replayed; step " + (steps + 1) + " cannot be taken (the"
                + " reason is on stderr)\n"), r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        return r.err().trim();
    }

    @Test
    void unknownStrategyListsTheValidOnes() {
        String e = Cli.refused("check", "-s", "py99");
        assertTrue(e.startsWith("gilcheck: unknown strategy 'py99'; valid strategies: pre-bpo-9901, no-check"), e);
    }

    @Test
    void unknownReleaseListsTheValidOnes() {
        String e = Cli.refused("check", "--release", "3.11.99");
        assertTrue(e.startsWith("gilcheck: unknown release '3.11.99'; valid releases: 3.6.15"), e);
    }

    @Test
    void aStrategyAndAReleaseTogetherAreRefused() {
        assertTrue(Cli.refused("replay", "-s", "py39", "--release", "3.9.18", "--schedule", "M").contains("only one of"));
        assertTrue(Cli.refused("check").contains("--release"));
    }

    @Test
    void unknownToggleListsTheValidOnes() {
        String e = Cli.refused("check", "-s", "py39", "-t", "speed=on");
        assertTrue(e.contains("unknown toggle 'speed'; valid toggles: restore-check"), e);
    }

    @Test
    void badToggleValueListsTheValues() {
        String e = Cli.refused("check", "-s", "py39", "-t", "final-release=sometimes");
        assertTrue(e.endsWith("use one of none, null-tstate, own-tstate"), e);
    }

    @Test
    void anUnknownMemoryModelNamesTheKnownOnes() {
        assertEquals("gilcheck: --memory arm is not a memory model: use sc or tso",
                Cli.refused("check", "-s", "py39", "--memory", "arm"));
    }

    @Test
    void commandsThatWorkUnderSequentialConsistencyOnlyRefuseTso() {
        assertTrue(Cli.refused("ablate", "--memory", "tso").contains("ablate works under sequential consistency only"));
        assertTrue(Cli.refused("reproduce", "--release", "3.9.18", "--site", "1", "--memory", "tso")
                .contains("reproduce works under sequential consistency only"));
    }

    @Test
    void malformedScheduleNamesTheTokenAndItsPosition() {
        String e = Cli.refused("replay", "-s", "py39", "--schedule", "M D1 D1..x");
        assertTrue(e.contains("token 3 'D1..x' at character 6"), e);
    }

    @Test
    void aStepByABlockedFiberSaysWhatItWaitsFor() {
        String e = refusedAfter(3, "replay", "-s", "no-check", "--schedule", "D1 M M M");
        assertTrue(e.startsWith("gilcheck: step 4 (M): M is blocked at drop_gil"), e);
        assertTrue(e.contains("waits until"), e);
    }

    @Test
    void aStepAfterProcessExitSaysSo() {
        String e = refusedAfter(7, "replay", "-s", "bpo-36475", "--releases", "0", "--schedule", "M ".repeat(8));
        assertTrue(e.endsWith("the process has exited: no thread runs any more"), e);
    }

    @Test
    void boundsThatCannotFitSayHowManyStatesTheyNeed() {
        String e = Cli.refused("check", "-s", "py313", "--daemons", "12");
        assertTrue(e.contains("needs about") && e.contains("states") && e.contains("--daemons"), e);
    }

    @Test
    void boundsOutOfRangeSayTheRange() {
        String e = Cli.refused("check", "-s", "py313", "--daemons", "0");
        assertTrue(e.endsWith("--daemons 0 is out of range: use 1 to 12"), e);
    }

    @Test
    void randomRunsRefuseCountsThatCannotBeUsed() {
        assertTrue(Cli.refused("fuzz", "-s", "py39", "--runs", "0").endsWith("--runs 0 is out of range: use 1 or more"));
        assertTrue(Cli.refused("fuzz", "-s", "py39", "-e", "pct", "--depth", "0").contains("--depth 0 is out of range"));
        assertTrue(Cli.refused("density", "--max-steps", "0").endsWith("--max-steps 0 is out of range: use 1 or more"));
        assertTrue(Cli.refused("fuzz", "-s", "py39", "-e", "dfs").contains("--explorer"));
    }

    @Test
    void aMissingCommandSaysWhichExist() {
        String e = Cli.refused();
        assertTrue(e.contains("name a command: list, check, matrix, replay"), e);
    }
}
