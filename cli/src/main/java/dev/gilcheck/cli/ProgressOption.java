package dev.gilcheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Whether to show progress on stderr: asked for, or stderr is a terminal. */
final class ProgressOption {
    @Option(names = "--progress", description = "show progress on stderr every 2 s once a run takes longer"
            + " (the default when stderr is a terminal); stdout is never touched")
    boolean progress;

    /** The progress of {@code what} (e.g. "check py313"), shown on {@code err} when asked or on a terminal. */
    Progress of(PrintWriter err, String what) {
        return new Progress(err, what, progress || stderrIsTerminal());
    }

    /** Whether file descriptor 2 is a terminal (Linux: it links to a /dev/pts or /dev/tty device). */
    private static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
