package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.crosscheck.CrossCheck;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The folder crosscheck writes its files into, created if missing. A file there is replaced only if
 * gilcheck crosscheck wrote it (its first line carries {@link CrossCheck#MARK}); anything else, a
 * symbolic link included, is refused before any work is done. Each file is written as {@link OutputFile}
 * writes: atomically.
 */
final class TraceFolder {
    private final Path folder;

    private TraceFolder(Path folder) {
        this.folder = folder;
    }

    static TraceFolder of(Path folder, List<String> names) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new BadInputException("cannot write traces into " + folder + ": it is not a folder; give another --traces");
        }
        for (String name : names) {
            Path file = folder.resolve(name);
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !written(file)) {
                throw new BadInputException("cannot write " + file + ": gilcheck crosscheck did not write it;"
                        + " move it away or give another --traces");
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BadInputException("cannot create " + folder + " (" + e.getMessage() + "); give another --traces");
        }
        return new TraceFolder(folder);
    }

    /** Whether gilcheck crosscheck wrote {@code file}: a regular file whose first line carries the mark. */
    private static boolean written(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = r.readLine();
            return first != null && first.contains(CrossCheck.MARK);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    void write(Map<String, String> files, PrintWriter out) {
        files.forEach((name, text) -> OutputFile.of(folder.resolve(name)).write(text, out));
    }
}
