package dev.gilcheck.specs;

import dev.gilcheck.checker.search.SearchResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The numbers recorded before a refactoring ({@code oracle/oracle.tsv}): per strategy and catalogue
 * configuration the verdict, states, transitions and every site with its shortest witness length.
 * A refactoring that changes any of them changes the state space, and must say why.
 */
final class Oracle {
    private static final Map<String, String> ROWS = load();

    private Oracle() {
    }

    /** The recorded row of this configuration, or null if none was recorded. */
    static String recorded(String strategy, String configuration) {
        return ROWS.get(strategy + "\t" + configuration);
    }

    /** The same row, computed from a finished search. */
    static String computed(String strategy, String configuration, SearchResult r) {
        String verdict = !r.complete() ? "INCOMPLETE" : r.violated() ? "VIOLATED" : "SAFE";
        TreeSet<String> sites = r.witnesses().stream().map(w -> w.violation().siteKey() + "=" + w.length())
                .collect(Collectors.toCollection(TreeSet::new));
        return String.join("\t", strategy, configuration, verdict, Long.toString(r.stats().states()),
                Long.toString(r.stats().transitions()), Integer.toString(sites.size()), String.join("; ", sites));
    }

    private static Map<String, String> load() {
        Map<String, String> rows = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Oracle.class.getResourceAsStream("/oracle/oracle.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#")) {
                    String[] f = line.split("\t", 3);
                    rows.put(f[0] + "\t" + f[1], line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
