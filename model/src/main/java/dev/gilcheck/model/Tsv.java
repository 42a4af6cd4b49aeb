package dev.gilcheck.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Tab-separated resources of the model: blank lines and {@code #} comments skipped. */
final class Tsv {
    private Tsv() {
    }

    /** The rows of {@code resource} (next to this class), each with {@code min} to {@code max} columns. */
    static List<String[]> rows(String resource, int min, int max) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the model jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = r.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length < min || cols.length > max) {
                    throw new IllegalStateException(resource + ":" + number + " needs " + min
                            + (max > min ? " or " + max : "") + " tab-separated columns");
                }
                out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** As {@link #rows(String, int, int)}, exactly {@code columns} columns. */
    static List<String[]> rows(String resource, int columns) {
        return rows(resource, columns, columns);
    }
}
