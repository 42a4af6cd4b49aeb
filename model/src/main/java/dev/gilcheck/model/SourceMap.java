package dev.gilcheck.model;

import dev.gilcheck.checker.Site;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each step sits in the CPython source of one strategy: file, function and line at its
 * commit, read from {@code sources.tsv} (one row per strategy and step, written from reading the
 * source with the search tool). A step with no row keeps its usual file and function, and no line.
 * An optional sixth column words the step as that version's code has it, where its names differ.
 */
public final class SourceMap {
    private static final String RESOURCE = "sources.tsv";
    private static final Map<String, Map<Step, String[]>> ROWS = load();

    private final Strategy strategy;
    private final Map<Step, Site> sites = new EnumMap<>(Step.class);

    public SourceMap(Strategy strategy) {
        this.strategy = strategy;
        Map<Step, String[]> rows = ROWS.getOrDefault(strategy.id(), Map.of());
        for (Step step : Step.values()) {
            String[] row = rows.get(step);
            String file = row == null ? step.file() : row[0];
            String function = row == null ? step.function() : row[1];
            String line = row == null ? "" : ":" + row[2];
            String action = row == null || row[3] == null ? step.action() : row[3];
            sites.put(step, new Site(function + ": " + action, function,
                    file + line + " @" + strategy.shortCommit(), action));
        }
    }

    public Site site(Step step) {
        return sites.get(step);
    }

    public Strategy strategy() {
        return strategy;
    }

    /** Whether the source map has a line for {@code step} in this strategy. */
    public boolean mapped(Step step) {
        return ROWS.getOrDefault(strategy.id(), Map.of()).containsKey(step);
    }

    private static Map<String, Map<Step, String[]>> load() {
        Map<String, Map<Step, String[]>> out = new HashMap<>();
        try (InputStream in = SourceMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the model jar");
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
                if (cols.length < 5 || cols.length > 6) {
                    throw new IllegalStateException(RESOURCE + ":" + number + " needs 5 or 6 tab-separated columns");
                }
                Strategy.byId(cols[0]);
                Step step = Step.valueOf(cols[1]);
                out.computeIfAbsent(cols[0], k -> new EnumMap<>(Step.class))
                        .put(step, new String[] {cols[2], cols[3], cols[4], cols.length == 6 ? cols[5] : null});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
