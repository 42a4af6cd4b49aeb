package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bench/ab/compare refuses bad input with one line and exit 2, before it builds anything. */
class AbCompareScriptTest {
    private static final Path SCRIPT = Path.of("..", "bench", "ab", "compare");

    @ParameterizedTest
    @ValueSource(strings = {"", "HEAD", "HEAD list", "no-such-revision -- list", "--rounds 1 HEAD -- list",
            "--rounds x HEAD -- list", "--rounds 101 HEAD -- list"})
    void refusesBadInputWithOneLine(String args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        if (!args.isEmpty()) {
            command.addAll(List.of(args.split(" ")));
        }
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError("bench/ab/compare (pid " + p.pid() + ") did not end");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertEquals("", out);
        assertTrue(err.startsWith("compare: ") && err.lines().count() == 1, err);
    }
}
