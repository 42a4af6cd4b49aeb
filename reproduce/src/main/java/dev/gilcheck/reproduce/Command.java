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
import java.util.stream.Stream;

/**
 * One external command run in a session of its own (setsid), its output collected in a file, killed
 * with every process of its session, each by its id, when it overruns its time, when the JVM exits
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
            reaper = new Thread(() -> killSession(started));
            Runtime.getRuntime().addShutdownHook(reaper);
            boolean done = p.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS);
            killSession(p);
            p.waitFor(5, TimeUnit.SECONDS);
            return new Result(Files.readAllLines(log, StandardCharsets.UTF_8), done ? p.exitValue() : -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + command.get(0) + " ran", e);
        } finally {
            if (p != null) {
                killSession(p);
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

    /**
     * SIGKILL to every process of the session p leads (setsid made it the leader; gdb puts the
     * program it runs in a process group of its own in the same session), found by id in /proc,
     * then to p itself.
     */
    static void killSession(Process p) {
        long sid = p.pid();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(d -> d.getFileName().toString().matches("\\d+")).forEach(d -> {
                if (sessionOf(d) == sid) {
                    kill(Long.parseLong(d.getFileName().toString()));
                }
            });
        } catch (IOException e) {
            // no /proc: the leader alone
        }
        p.destroyForcibly();
    }

    /** The session id in /proc/PID/stat (the field after the process group), or -1. */
    private static long sessionOf(Path procDir) {
        try {
            String stat = Files.readString(procDir.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[3]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** SIGKILL to one process by id, if it is still there. */
    static void kill(long pid) {
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }
}
