package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Site;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each step sits in the CPython source of one strategy: file, function and line at its
 * commit, read from {@code sources.tsv} (one row per strategy and step, written from reading the
 * source with the search tool). A step with no row keeps its usual file and function, and no line.
 * An optional sixth column words the step as that version's code has it, where its names differ.
 * A strategy that is one release's code (its commit is the release's tag) and has no rows here takes
 * the release's line table.
 *
 * <p>A step's site key is the {@link Step} constant's name, the same in every strategy and release;
 * the function and wording here only label it. For a {@link Release}, the steps keep the strategy's
 * names and wording, and their locations are the release's own file:line at its tag.
 */
public final class SourceMap {
    private static final String RESOURCE = "sources.tsv";
    private static final Map<String, Map<Step, SourceRow>> ROWS = load();

    private final Strategy strategy;
    private final Map<Step, Site> sites = new EnumMap<>(Step.class);

    public SourceMap(Strategy strategy) {
        this(strategy, Map.of(), null);
    }

    /** The strategy's steps, located in {@code release}'s source. */
    public SourceMap(Release release) {
        this(release.strategy(), release.rows(), release.tag());
    }

    private SourceMap(Strategy strategy, Map<Step, SourceRow> located, String tag) {
        this.strategy = strategy;
        Map<Step, SourceRow> rows = ROWS.getOrDefault(strategy.id(), Map.of());
        for (Step step : Step.values()) {
            SourceRow row = rows.get(step);
            String function = row == null ? step.function() : row.function();
            String action = row == null || row.wording() == null ? step.action() : row.wording();
            SourceRow at = tag == null ? row : located.get(step);
            String file = at != null ? at.file() : row != null ? row.file() : step.file();
            String line = at == null ? "" : ":" + at.line();
            String revision = tag == null ? strategy.shortCommit() : tag;
            sites.put(step, new Site(step.name(), function, file + line + " @" + revision, action));
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

    private static Map<String, Map<Step, SourceRow>> load() {
        Map<String, Map<Step, SourceRow>> out = new HashMap<>();
        for (SourceRow.Keyed k : SourceRow.read(RESOURCE, 1)) {
            Strategy.byId(k.key());
            out.computeIfAbsent(k.key(), id -> new EnumMap<>(Step.class)).put(k.row().step(), k.row());
        }
        for (Release r : Releases.all()) {
            if (r.tag().equals(r.strategy().commit()) && !out.containsKey(r.strategy().id())) {
                out.put(r.strategy().id(), r.rows());
            }
        }
        return out;
    }
}
