package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.model.Invariant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --strategy-file: a user's variant is checked as its base with its toggles, named by its title. */
class StrategyFileTest {
    static final String PATCHED = Path.of("..", "examples", "patch-py313", "strategies", "patch-on.yaml").toString();
    private static final String TITLE = "py313 + reset before unlock";
    private static final String HANG = Invariant.MAIN_THREAD_EXITS.id() + " at ";

    @Test
    void checkFindsWhatTheBaseWithTheSameTogglesFinds() {
        Cli file = Cli.run("check", "--strategy-file", PATCHED);
        Cli flags = Cli.run("check", "-s", "py313", "-t", "exit-reset-before-unlock=on");
        assertEquals(0, file.code(), file.err());
        assertTrue(file.out().startsWith("variant " + TITLE + " on strategy py313 "), file.out());
        assertEquals(flags.out(), file.out().substring(("variant " + TITLE + " on ").length()));
        assertFalse(file.out().contains(HANG), file.out());
        assertTrue(Cli.run("check", "-s", "py313").out().contains(HANG), "py313 itself hangs");
    }

    @Test
    void explainComparesTheVariantWithItsBase() {
        Cli r = Cli.run("explain", "--strategy-file", PATCHED);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("variant " + TITLE + " on py313"), r.out());
        assertTrue(r.out().contains("What changed since py313:\n  exit-reset-before-unlock: off -> on\n"), r.out());
        String closed = r.out().substring(r.out().indexOf("Windows it closed:"), r.out().indexOf("Windows it opened"));
        assertTrue(closed.contains("  - " + Invariant.MAIN_THREAD_EXITS.id() + " @ "), closed);
    }

    @Test
    void matrixAddsARowNamedByTheTitle() {
        Cli r = Cli.run("matrix", "--daemons", "1", "--releases", "0", "--strategy-file", PATCHED);
        assertEquals(0, r.code(), r.err());
        List<String> rows = r.out().lines().filter(l -> l.startsWith(TITLE)).toList();
        assertEquals(1, rows.size(), r.out());
    }

    @Test
    void aStrategyIsNamedOneWayOnly() {
        String both = "give only one of -s/--strategy, --release, --strategy-file";
        assertEquals("gilcheck: " + both, Cli.refused("check", "-s", "py313", "--strategy-file", PATCHED));
        assertEquals("gilcheck: " + both, Cli.refused("fuzz", "--release", "3.13.5", "--strategy-file", PATCHED));
        assertTrue(Cli.refused("explain", "py313", "--strategy-file", PATCHED).contains("one of the two"));
        assertTrue(Cli.refused("bench", "-s", "py313", "--strategy-file", PATCHED).contains("not both"));
    }

    @Test
    void aBadFileIsOneLineNamingIt(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(PATCHED)).replace("exit-reset-before-unlock:", "exit-reset:"));
        String line = Cli.refused("check", "--strategy-file", bad.toString());
        assertTrue(line.startsWith("gilcheck: " + bad + ": unknown toggle 'exit-reset'"), line);
        assertTrue(Cli.refused("dot", "--strategy-file", dir.resolve("none.yaml").toString()).contains("does not exist"));
    }
}
