package dev.gilcheck.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs gilcheck in a JVM of its own (for heap sizes and signals), on the test classpath; kills it by pid if it hangs. */
record Jvm(int code, String out, String err) {
    private static final long TIMEOUT_SECONDS = 120;

    /** A started gilcheck process, its output going to files. */
    record Started(Process process, Path out, Path err) {
        Jvm finish() throws IOException, InterruptedException {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("gilcheck (pid " + process.pid() + ") did not end in " + TIMEOUT_SECONDS + " s");
            }
            Jvm r = new Jvm(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
            return r;
        }
    }

    static Started start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = File.createTempFile("gilcheck", ".out").toPath();
        Path err = File.createTempFile("gilcheck", ".err").toPath();
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        return new Started(p, out, err);
    }

    static Jvm run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        return start(jvmOptions, args).finish();
    }
}
