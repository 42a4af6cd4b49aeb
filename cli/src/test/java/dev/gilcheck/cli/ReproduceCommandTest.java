package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.reproduce.PythonBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gilcheck reproduce: bad input refused in one line, and --emit writing what a person reruns. */
class ReproduceCommandTest {

    @Test
    void unknownReleaseIsRefused() {
        assertTrue(Cli.refused("reproduce", "--release", "3.9.99", "--site", "1").contains("unknown release '3.9.99'"));
    }

    @Test
    void aSiteOrAScheduleIsNeeded() {
        assertTrue(Cli.refused("reproduce", "--release", "3.9.18").contains("--site"));
        assertTrue(Cli.refused("reproduce", "--release", "3.9.18", "--site", "1", "--schedule", "M").contains("--site"));
    }

    @Test
    void aSiteTheModelDoesNotReachIsRefused() {
        assertTrue(Cli.refused("reproduce", "--release", "3.9.18", "--site", "99").contains("is not reached by py39"));
    }

    @Test
    void aScheduleThatBreaksNothingIsRefused() {
        assertTrue(Cli.refused("reproduce", "--release", "3.9.18", "--schedule", "M D1").contains("breaks no invariant"));
    }

    @Test
    void aMissingOrForeignInterpreterIsRefused(@TempDir Path dir) throws IOException {
        String missing = Cli.refused("reproduce", "-s", "py39", "--python", dir.resolve("python3.9").toString(),
                "--schedule", "M D1 M M D1");
        assertTrue(missing.contains("python not found") || missing.contains("gdb is not on PATH"), missing);
        Path fake = dir.resolve("python");
        Files.writeString(fake, "#!/bin/sh\necho PyPy 3.9.18 /nowhere\n");
        assertTrue(fake.toFile().setExecutable(true));
        String foreign = Cli.refused("reproduce", "-s", "py39", "--python", fake.toString(), "--schedule", "M D1 M M D1");
        assertTrue(foreign.contains("is not a CPython interpreter") || foreign.contains("gdb is not on PATH"), foreign);
    }

    @Test
    void aReleaseWhoseModelReachesNoSiteHasNothingToReproduce() {
        String e = Cli.refused("reproduce", "--release", "3.8.18", "--site", "1");
        assertTrue(e.contains("bpo-36475 reaches no site") && e.contains("nothing to reproduce"), e);
    }

    @Test
    void emitRefusesADirectoryThatHoldsFiles(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mine.txt"), "not gilcheck's");
        assertTrue(Cli.refused("reproduce", "--release", "3.9.18", "--site", "1", "--emit", dir.toString())
                .contains("exists and is not an empty directory"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("mine.txt")), files.toList());
        }
    }

    @Test
    void emitWritesTheProgramTheScriptAndHowToRerunThem(@TempDir Path dir) {
        Path python = PythonBuild.pyenvPython("3.9.18", dir);
        boolean present = Files.isExecutable(python) && Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "gdb")));
        if (!present) {
            assertFalse("true".equalsIgnoreCase(System.getenv("CI")), "CI=true but no gdb or no " + python);
            Assumptions.abort("no gdb or no " + python + ": skipping the --emit run");
        }
        Path out = dir.resolve("cell");
        Cli r = Cli.run("reproduce", "--release", "3.9.18", "--schedule", "M D1 M M D1", "--emit", out.toString());
        assertTrue(r.out().contains("schedule: M D1 M M D1"), r.out() + r.err());
        for (String f : List.of("program.py", "driver.py", "plan.json", "README")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f + " not written: " + r.out());
        }
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("outcome: ")), r.out());
    }
}
