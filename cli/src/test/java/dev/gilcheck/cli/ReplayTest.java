package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** replay: a partial schedule ends with the exit verdict; a failing step keeps the steps before it; schedules from files (issue 11, items 17, 18). */
class ReplayTest {

    @Test
    void underTsoAStoreWaitsInItsBufferUntilItsFlusherOrAFenceWritesIt() {
        String waitingRequest = "M D1 D1 D1 D1 D1 D1.timeout D1 M M M M D1";
        Cli flushed = Cli.run("replay", "-s", "py39", "--memory", "tso", "--schedule", waitingRequest + " D1_sb");
        assertEquals(0, flushed.code(), flushed.err());
        assertTrue(flushed.out().contains("D1_sb       store buffer                 the oldest buffered store reaches memory"
                + " -> gil_drop_request = 1 reaches memory"), flushed.out());
        Cli fenced = Cli.run("replay", "-s", "py39", "--memory", "tso", "--schedule", waitingRequest + " D1");
        assertTrue(fenced.out().contains("release gil->mutex and wait -> gil_drop_request = 1 reaches memory"), fenced.out());
        assertEquals(2, Cli.run("replay", "-s", "py39", "--memory", "tso", "--schedule", waitingRequest + " D1 D1_sb").code(),
                "the wait drained the buffer: nothing is left to flush");
    }

    @Test
    void aPartialScheduleSaysWhetherExitCanStillBeReached() {
        Cli r = Cli.run("replay", "-s", "py39", "--schedule", "M M");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("process exit: can still be reached from here \\(checked"
                + " over [0-9,]+ states\\)")), r.out());
        Cli hang = Cli.run("replay", "-s", "fix4-a36adfa", "--schedule",
                "M D1 D1 D1 D1 D1 D1.timeout D1 M M M M D1 D1 D1.timeout D1 D1 M M M M M");
        assertTrue(hang.out().contains("from here process exit can no longer be reached"), hang.out());
    }

    @Test
    void aStepThatCannotBeTakenKeepsTheStepsBeforeIt() {
        Cli r = Cli.run("replay", "-s", "no-check", "--schedule", "D1 M M M");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("gilcheck: step 4 (M): M is blocked at drop_gil"), r.err());
        assertEquals(3, r.out().lines().filter(l -> l.matches("[123] +(M|D1) .*")).count(), r.out());
        assertTrue(r.out().contains("steps 1 to 3 replayed; step 4 cannot be taken"), r.out());
    }

    @Test
    void aScheduleFromAFileOrStdin(@TempDir Path dir) throws Exception {
        Cli inline = Cli.run("replay", "-s", "fix4-a36adfa", "--schedule", "M D1 M M D1");
        Path file = Files.writeString(dir.resolve("s.txt"), "M D1\nM, M\nD1\n");
        Cli fromFile = Cli.run("replay", "-s", "fix4-a36adfa", "--schedule-file", file.toString());
        assertEquals(inline, fromFile);
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("M D1 M M D1".getBytes(StandardCharsets.UTF_8)));
            assertEquals(inline, Cli.run("replay", "-s", "fix4-a36adfa", "--schedule-file", "-"));
        } finally {
            System.setIn(stdin);
        }
        Cli missing = Cli.run("replay", "-s", "py39", "--schedule-file", dir.resolve("none").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("cannot read the schedule from"), missing.err());
    }
}
