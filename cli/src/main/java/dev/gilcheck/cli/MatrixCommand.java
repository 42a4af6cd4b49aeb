package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchProgress;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.History;
import dev.gilcheck.model.SiteId;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.api.StrategyFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Every strategy against every violation site: one table, the shortest witness length in each cell. */
@Command(name = "matrix", footer = "%nExample:%n  gilcheck matrix -t early-daemon-tstate-free=on%n"
        + "  gilcheck matrix --any-daemons -s py313 -s py314",
        description = "Check every strategy and print one table: strategy x violation site,"
        + " each cell the length of the shortest witness ('.' = unreachable; '?' = not found by a search that"
        + " stopped early, which proves nothing).")
final class MatrixCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOptions options;

    @Mixin
    ReportOptions report;

    @Option(names = {"-s", "--strategy"}, paramLabel = "NAME", description = "only this strategy's row (repeatable; default: every strategy)")
    List<String> strategies = new ArrayList<>();

    @Option(names = "--any-daemons", description = "verdicts for any number of daemons: per strategy, each invariant"
            + " reachable from the least N, unreachable for every N, UNKNOWN, or (the hang) checked up to some N;"
            + " then the least N of each site")
    boolean anyDaemons;

    @Option(names = "--strategy-file", paramLabel = "FILE",
            description = "also check a user's variant (a YAML strategy file): one more row, named by its title"
                    + " (repeatable)")
    List<Path> strategyFiles = new ArrayList<>();

    @Mixin
    ProgressOption shown;

    /** The progress of each strategy's search, named by {@code command} and the strategy. */
    private Function<CPythonModel, SearchProgress> progress(String command) {
        return m -> shown.of(spec.commandLine().getErr(), command + " " + m.name());
    }

    @Override
    public void run() {
        List<CPythonModel> models = models();
        if (anyDaemons) {
            runAnyDaemons(models);
            return;
        }
        List<Check> checks = new ArrayList<>();
        for (CPythonModel m : models) {
            checks.add(History.checked(m, progress("matrix")));
        }
        spec.commandLine().getOut().print(report.json() ? json(checks) + "\n" : table(checks));
    }

    /** The rows' models: the strategies named (every one when none is), then the strategy files'. */
    private List<CPythonModel> models() {
        List<CPythonModel> models = new ArrayList<>();
        List<Strategy> named = strategies.stream().map(Strategy::byId).toList();
        for (Strategy s : named.isEmpty() ? List.of(Strategy.values()) : named) {
            models.add(options.model(s));
        }
        for (Path file : strategyFiles) {
            models.add(options.model(StrategyFile.load(file)));
        }
        return models;
    }

    private void runAnyDaemons(List<CPythonModel> models) {
        AnyDaemonsRow.refuseWhatItCannotTake(spec.commandLine(), options.memoryModel());
        List<AnyDaemonsRow> rows = new ArrayList<>();
        for (CPythonModel m : models) {
            rows.add(AnyDaemonsRow.run(m, Limits.forHeap()));
        }
        spec.commandLine().getOut().print(report.json() ? AnyDaemonsMatrix.json(rows, options, report.timing) + "\n"
                : AnyDaemonsMatrix.text(rows, options, report.timing));
    }

    private String table(List<Check> checks) {
        boolean timing = report.timing;
        SiteCodes codes = SiteCodes.of(checks);
        StringBuilder sb = new StringBuilder();
        sb.append("bounds: ").append(checks.get(0).model().bounds()).append('\n');
        sb.append(options.memoryLine());
        sb.append(options.overridesLine());
        sb.append(String.format("%-22s %-9s %10s", "strategy", "verdict", "states"));
        if (timing) {
            sb.append(String.format(" %8s", "seconds"));
        }
        for (SiteId site : codes.sites()) {
            sb.append(String.format(" %4s", site.code()));
        }
        sb.append('\n');
        for (Check c : checks) {
            SearchResult r = c.result();
            sb.append(String.format("%-22s %-9s %10d", c.model().name(), r.verdict(),
                    r.stats().states()));
            if (timing) {
                sb.append(String.format(" %8.2f", r.stats().seconds()));
            }
            Map<String, Integer> lengths = lengths(r);
            for (SiteId site : codes.sites()) {
                Integer len = lengths.get(site.key());
                sb.append(String.format(" %4s", len == null ? CheckReport.notFound(r) : len.toString()));
            }
            sb.append(r.complete() ? "" : "  INCOMPLETE").append('\n');
        }
        sb.append(CheckReport.incompleteNotes(checks));
        sb.append(codes.legend("sites (invariant @ step; the number is the length of the shortest witness)"));
        return sb.toString();
    }

    private static Map<String, Integer> lengths(SearchResult r) {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        for (Witness w : r.witnesses()) {
            lengths.put(w.violation().siteKey(), w.length());
        }
        return lengths;
    }

    private String json(List<Check> checks) {
        ObjectNode root = CheckReport.boundsJson(checks.get(0).model().bounds());
        root.put("memoryModel", options.memoryModel().id());
        CheckReport.overridesJson(root, options.settings());
        SiteCodes codes = SiteCodes.of(checks);
        codes.putJson(root);
        ArrayNode rows = root.putArray("strategies");
        for (Check c : checks) {
            SearchResult r = c.result();
            ObjectNode row = rows.addObject();
            row.put("strategy", c.model().name());
            CheckReport.verdictJson(row, r);
            row.put("states", r.stats().states());
            CheckReport.seconds(row, report.timing, r.stats().seconds());
            ObjectNode sites = row.putObject("shortest");
            Map<String, Integer> lengths = lengths(r);
            for (SiteId site : codes.sites()) {
                Integer len = lengths.get(site.key());
                if (len != null) {
                    sites.put(site.code(), len);
                } else {
                    sites.putNull(site.code());
                }
            }
        }
        return CheckReport.write(root);
    }
}
