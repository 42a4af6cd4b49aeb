package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long searches show progress on stderr, never stdout; Ctrl-C prints the statistics so far and exits 130 (issue 11, item 8). */
class ProgressTest {
    private static final long WAIT_MILLIS = 60_000;

    /** Whether this JVM ignores SIGINT (started in the background by a shell): its children would too. */
    private static boolean sigintIgnored() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseLong(line.substring(7).trim(), 16) & (1L << 1)) != 0;
            }
        }
        return false;
    }

    @Test
    void progressGoesToStderrAndCtrlCPrintsWhatWasFound() throws Exception {
        Environment.require(Files.isReadable(Path.of("/proc/self/status")) && !sigintIgnored(),
                "SIGINT is ignored in this JVM (started in the background): Ctrl-C cannot be tried");
        Jvm.Started p = Jvm.start(List.of(), "check", "-s", "py313", "--daemons", "3", "--fingerprint", "--progress");
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!Files.readString(p.err()).contains("states/s") && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue(Environment.run("kill", "-INT", String.valueOf(p.process().pid())), "kill -INT failed");
        Jvm r = p.finish();
        assertEquals(130, r.code(), r.err());
        assertEquals("", r.out(), "progress or a half report on stdout");
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).matches("gilcheck: check py313: [0-9,]+ states, [0-9,]+ transitions, depth \\d+,"
                + " [0-9,]+ states/s, \\d+ sites? so far"), r.err());
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("gilcheck: interrupted; INCOMPLETE, so far check py313: "), last);
        assertTrue(last.contains("; sites so far: tstate-use-after-free @ "), last);
    }

    @Test
    void withoutATerminalOrProgressNothingIsShown() {
        Cli r = Cli.run("check", "-s", "py313");
        assertEquals(0, r.code());
        assertEquals("", r.err());
    }
}
