package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a command's {@code -o} goes: stdout for {@code -} (or no {@code -o}), else a file written
 * atomically (a temporary file in the same folder, then moved into place), so that a failed run leaves
 * the old content whole. Only a new path or a regular file is written; a symbolic link to a regular
 * file is written through (the link stays); a device, a fifo, a folder or a dangling link is refused.
 */
final class OutputFile {
    private static final String STDOUT = "-";

    private final Path given;
    private final Path target;

    private OutputFile(Path given, Path target) {
        this.given = given;
        this.target = target;
    }

    /** Checks {@code path} (null or {@code -}: stdout) before any work is done, so that bad input costs nothing. */
    static OutputFile of(Path path) {
        if (path == null || path.toString().equals(STDOUT)) {
            return new OutputFile(null, null);
        }
        Path target = path.toAbsolutePath();
        if (Files.isSymbolicLink(target)) {
            try {
                target = target.toRealPath();
            } catch (IOException e) {
                throw refused(path, "it is a symbolic link to nothing (" + e.getMessage() + ")");
            }
        }
        Path folder = target.getParent();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw refused(path, "it exists and is not a regular file (a device, fifo or folder is never replaced)");
            }
        } else if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw refused(path, folder + " is not a folder");
        } else if (!Files.isDirectory(folder)) {
            throw new BadInputException("cannot write " + path + ": the folder " + folder
                    + " does not exist; create it or give another -o");
        }
        return new OutputFile(path, target);
    }

    boolean stdout() {
        return target == null;
    }

    /** The name to show the user: the {@code -o} as given. */
    String name() {
        return String.valueOf(given);
    }

    /** Writes {@code text}: to {@code out} for stdout, else to the file, atomically. */
    void write(String text, PrintWriter out) {
        if (stdout()) {
            out.print(text);
            out.flush();
            return;
        }
        Path partial = null;
        try {
            partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
            Files.writeString(partial, text, StandardCharsets.UTF_8);
            keepPermissions(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw refused(given, e.getMessage());
        } finally {
            deletePartial(partial);
        }
    }

    /** A file replaced keeps its permissions; a new one is rw-r--r-- (a temporary file would be rw-------). */
    private void keepPermissions(Path partial) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(partial, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(target)) {
            view.setPermissions(Files.getPosixFilePermissions(target));
        } else if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private void deletePartial(Path partial) {
        if (partial == null) {
            return;
        }
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw refused(given, "the temporary file " + partial + " could not be removed: " + e.getMessage());
        }
    }

    private static BadInputException refused(Path path, String why) {
        return new BadInputException("cannot write " + path + ": " + why + "; give another -o");
    }
}
