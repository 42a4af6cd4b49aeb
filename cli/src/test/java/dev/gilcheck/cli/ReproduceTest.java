package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay command that explain and the report print reproduces the witness, bounds and -t included;
 * every output says which -t overrides are active (issue 11, items 5, 6).
 */
class ReproduceTest {
    private static final Pattern ARGUMENT = Pattern.compile("\"([^\"]*)\"|(\\S+)");

    private static List<String> arguments(String commandLine) {
        List<String> out = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(commandLine);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out.subList(1, out.size());
    }

    /** Runs a printed "gilcheck replay ..." and returns the violation it reports. */
    private static String replayed(String commandLine) {
        Cli r = Cli.run(arguments(commandLine).toArray(String[]::new));
        assertEquals(0, r.code(), commandLine + ": " + r.err());
        return r.out().lines().filter(l -> l.startsWith("violation: ")).findFirst().orElse("(none)");
    }

    @Test
    void explainsReplayCommandCarriesBoundsAndToggles() {
        Cli r = Cli.run("explain", "fix1-eb4e2ae", "--cthreads", "1", "--releases", "0", "-t", "entry-check=off");
        assertEquals(0, r.code(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("replay it: ")).findFirst().orElseThrow();
        String command = line.substring("replay it: ".length());
        assertTrue(command.startsWith("gilcheck replay -s fix1-eb4e2ae --releases 0 --cthreads 1 -t entry-check=off"
                + " --schedule \""), command);
        String site = r.out().lines().filter(l -> l.startsWith("Shortest witness: ")).findFirst().orElseThrow()
                .replaceFirst("Shortest witness: (.*) \\(\\d+ steps\\)", "$1");
        assertEquals(site, replayed(command).replaceFirst("^violation: (.*?) at (\\S+) \\(.*", "$1 @ $2"));
        assertTrue(r.out().contains("toggles changed on both versions: -t entry-check=off"), r.out());
    }

    @Test
    void theReportsReplayCommandsReproduceEachWitness(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.html");
        Cli r = Cli.run("report", "-s", "py39", "--daemons", "1", "-t", "entry-check=off", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(file).replace("&quot;", "\"");
        Matcher m = Pattern.compile("<code>(gilcheck replay [^<]*) --swimlane</code>").matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
            assertTrue(m.group(1).contains(" --daemons 1 -t entry-check=off --schedule "), m.group(1));
            assertTrue(replayed(m.group(1)).startsWith("violation: "), m.group(1));
        }
        assertTrue(n > 0, "no replay command in the report");
        assertTrue(html.contains("with toggles changed on every version: <code>-t entry-check=off</code>"));
    }

    @Test
    void matrixAndDensityEchoTheOverrides() {
        String echo = "toggles changed on every strategy: -t early-daemon-tstate-free=on";
        Cli m = Cli.run("matrix", "--daemons", "1", "-t", "early-daemon-tstate-free=on");
        assertEquals(0, m.code(), m.err());
        assertTrue(m.out().lines().anyMatch(echo::equals), m.out());
        Cli d = Cli.run("density", "-s", "py39", "--daemons", "1", "--runs", "10", "-t", "early-daemon-tstate-free=on");
        assertTrue(d.out().lines().anyMatch(echo::equals), d.out());
    }

    @Test
    void checkFuzzAndDotSayWhichTogglesTheOptionsChanged() {
        String changed = "(changed with -t entry-check=off)";
        assertTrue(Cli.run("check", "-s", "py39", "--daemons", "1", "-t", "entry-check=off").out().lines()
                .anyMatch(l -> l.startsWith("toggles: ") && l.endsWith(changed)));
        assertTrue(Cli.run("fuzz", "-s", "py39", "--runs", "5", "-t", "entry-check=off").out().contains(changed));
        assertTrue(Cli.run("dot", "-s", "py39", "-t", "entry-check=off").out()
                .startsWith("digraph \"py39 -t entry-check=off at daemons=1"));
    }
}
