package dev.gilcheck.reproduce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One external command run in a process group of its own (setsid), its output collected in a file,
 * killed with all of its group, by the group's id, when it overruns its time, when the JVM exits
 * (Ctrl-C) and on every other way out.
 */
final class Command {
    private Command() {
    }

    /** Output and exit status; {@code exit} is -1 when the command was killed at its time limit. */
    record Result(List<String> lines, int exit) {
    }

    /** Whether {@code program} is an executable file in a directory of PATH. */
    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    static Result run(List<String> command, Map<String, String> env, Path dir, double seconds) {
        List<String> argv = new ArrayList<>(List.of("setsid"));
        argv.addAll(command);
        Path log = null;
        Process p = null;
        Thread reaper = null;
        try {
            log = Files.createTempFile(dir, "cmd", ".log");
            ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            pb.environment().putAll(env);
            p = pb.start();
            Process started = p;
            reaper = new Thread(() -> killGroup(started));
            Runtime.getRuntime().addShutdownHook(reaper);
            boolean done = p.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS);
            killGroup(p);
            p.waitFor(5, TimeUnit.SECONDS);
            return new Result(Files.readAllLines(log, StandardCharsets.UTF_8), done ? p.exitValue() : -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
        } finally {
            if (p != null) {
                killGroup(p);
            }
            if (reaper != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(reaper);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            }
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException ignored) {
                    // a temp file left behind is reported by nobody; the directory is removed later
                }
            }
        }
    }

    /** SIGKILL to the process group led by p (setsid made p its leader), then to p itself. */
    static void killGroup(Process p) {
        try {
            new ProcessBuilder("kill", "-KILL", "--", "-" + p.pid()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill(1): fall back to the leader alone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.destroyForcibly();
    }

    /** SIGKILL to one process by id, if it is still there. */
    static void kill(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
}
