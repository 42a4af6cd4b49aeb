package dev.gilcheck.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every row of every release's line table, resolved in that release's own libpython: gdb runs the
 * release's python to main (so that the library is loaded) and, in one batch per release, looks up
 * each row's file:line. A row holds when code at that line runs in the function the row names (the
 * function itself, or inlined into it, on the block chain of the code's address), or when that
 * function makes an inlined call at that line (the caller frame of an inline frame). Needs gdb and
 * the pyenv builds: skipped with one line where they are missing, failing under CI=true.
 */
class ReleaseLinesInBinaryTest {
    private static final long SECONDS_PER_RELEASE = 60;

    @Test
    void everyRowHasCodeInItsFunctionInTheReleasesBinary() throws Exception {
        Path gdb = onPath("gdb");
        List<String> missing = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        Path work = Files.createDirectories(Path.of("target", "release-lines"));
        Path script = work.resolve("linecheck.py");
        try (InputStream in = getClass().getResourceAsStream("linecheck.py")) {
            Files.write(script, in.readAllBytes());
        }
        for (Release r : Releases.all()) {
            if (!r.binaryChecked()) {
                continue;
            }
            Path python = python(r);
            if (gdb == null || python == null) {
                missing.add(r.version());
                continue;
            }
            failures.addAll(check(r, gdb, python, script, work));
            checked++;
        }
        if (!missing.isEmpty()) {
            String what = (gdb == null ? "gdb is not installed" : "no pyenv build of " + String.join(", ", missing))
                    + ": release lines not checked against the binary";
            assertTrue(!"true".equalsIgnoreCase(System.getenv("CI")), "CI=true but " + what);
            if (checked == 0) {
                Assumptions.abort(what);
            }
            System.out.println(what);
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " release rows not in their function in the binary:\n" + String.join("\n", failures));
        }
    }

    /** The rows of {@code r} that the binary does not confirm, each named. */
    private static List<String> check(Release r, Path gdb, Path python, Path script, Path work)
            throws IOException, InterruptedException {
        List<SourceRow> rows = new ArrayList<>(r.rows().values());
        StringBuilder table = new StringBuilder();
        for (SourceRow row : rows) {
            table.append(row.file()).append('\t').append(row.lineNumber()).append('\t').append(row.function()).append('\n');
        }
        Path rowsFile = work.resolve(r.version() + ".rows").toAbsolutePath();
        Files.writeString(rowsFile, table.toString());
        Path log = work.resolve(r.version() + ".gdb.log");
        Process p = new ProcessBuilder(gdb.toString(), "-batch", "-nx", "-ex",
                "set $GILCHECK_ROWS=\"" + rowsFile + "\"", "-x", script.toAbsolutePath().toString(), python.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(SECONDS_PER_RELEASE, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            return List.of(r + ": gdb did not finish in " + SECONDS_PER_RELEASE + " s (killed, pid " + p.pid() + "); see " + log);
        }
        List<String> verdicts = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.startsWith("OK") || line.startsWith("NOCODE") || line.startsWith("ELSEWHERE")) {
                verdicts.add(line);
            }
        }
        if (verdicts.size() != rows.size()) {
            return List.of(r + ": gdb answered " + verdicts.size() + " of " + rows.size() + " rows; see " + log);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!verdicts.get(i).startsWith("OK")) {
                SourceRow row = rows.get(i);
                out.add(r.tag() + " " + row.step() + " " + row.file() + ":" + row.line() + " " + row.function() + ": "
                        + (verdicts.get(i).startsWith("NOCODE") ? "no code at that line"
                                : "code only in " + verdicts.get(i).substring(verdicts.get(i).lastIndexOf('\t') + 1)));
            }
        }
        return out;
    }

    private static Path python(Release r) {
        String root = System.getenv("PYENV_ROOT");
        Path bin = Path.of(root != null ? root : System.getProperty("user.home") + "/.pyenv", "versions", r.version(),
                "bin", "python" + r.minor());
        return Files.isExecutable(bin) ? bin : null;
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
