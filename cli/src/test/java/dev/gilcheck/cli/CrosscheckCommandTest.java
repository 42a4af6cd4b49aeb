package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.crosscheck.CrossCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gilcheck crosscheck: bad input is refused before Lincheck starts; a small run agrees, prints its
 * summary and keeps Lincheck's traces in files, replacing its own files and never anyone else's.
 * Lincheck instruments classes JVM-wide, so real runs go to a JVM of their own.
 */
class CrosscheckCommandTest {
    /** A cross-check of py39 that takes seconds: one daemon, no cleanup release, a small budget. */
    static final String[] SMALL = {"crosscheck", "-s", "py39", "--daemons", "1", "--releases", "0", "--invocations",
            "300", "--targeted-invocations", "0"};

    /** As ./gilcheck runs crosscheck: Lincheck's agent joins the boot class path, which class data sharing warns about. */
    static final List<String> JVM = List.of("-Xshare:off");

    static String[] small(Path traces, String... more) {
        List<String> args = new ArrayList<>(List.of(SMALL));
        args.add("--traces");
        args.add(traces.toString());
        args.addAll(List.of(more));
        return args.toArray(new String[0]);
    }

    @Test
    void badInputIsOneLineBeforeAnyWork(@TempDir Path dir) throws Exception {
        assertTrue(Cli.refused("crosscheck", "-s", "py4").contains("unknown strategy 'py4'"));
        assertTrue(Cli.refused("crosscheck", "--cthreads", "1").contains("use --cthreads 0"));
        assertTrue(Cli.refused("crosscheck", "-t", "exit-reset-before-unlock=on")
                .contains("does not model exit-reset-before-unlock"));
        assertTrue(Cli.refused("crosscheck", "--invocations", "0").contains("at least 1 invocation"));
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertTrue(Cli.refused("crosscheck", "--traces", file.toString()).contains("is not a folder"));
    }

    @Test
    void aFileItDidNotWriteIsNeverReplaced(@TempDir Path dir) throws Exception {
        Path mine = Files.writeString(dir.resolve("report.md"), "my notes\n");
        assertTrue(Cli.refused(small(dir)).contains("gilcheck crosscheck did not write it"));
        assertEquals("my notes\n", Files.readString(mine));
        assertEquals(List.of(mine), Files.list(dir).toList());
    }

    @Test
    void aSmallRunAgreesAndKeepsTheTracesInFilesOfItsOwn(@TempDir Path dir) throws Exception {
        Jvm first = Jvm.run(JVM, small(dir));
        assertEquals(0, first.code(), first.out() + first.err());
        assertTrue(first.out().lines().anyMatch(l -> l.matches("py39 +VIOLATED .*")), first.out());
        assertEquals("", first.err(), "Lincheck's console output goes to a file, not to stderr");
        for (String name : List.of("py39.txt", "report.md", "lincheck-console.txt")) {
            assertTrue(Files.readString(dir.resolve(name)).lines().findFirst().orElse("").contains(CrossCheck.MARK), name);
        }
        assertTrue(Files.readString(dir.resolve("py39.txt")).contains("=== finding 1: "));
        Jvm again = Jvm.run(JVM, small(dir));
        assertEquals(0, again.code(), "its own files are replaced: " + again.err());
    }
}
