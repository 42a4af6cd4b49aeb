package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.random.Exploration;
import dev.gilcheck.checker.random.Proportion;
import dev.gilcheck.checker.random.RandomExplorer;
import dev.gilcheck.checker.random.SiteTally;
import dev.gilcheck.checker.search.SearchProgress;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.History;
import dev.gilcheck.model.SiteId;
import dev.gilcheck.model.Strategy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Bug density: for each strategy and violation site, the chance that one uniform random run, and
 * one PCT run, meets the site, with a 95 % Wilson interval, next to what the exhaustive search says.
 */
@Command(name = "density", footer = "%nExample:%n  gilcheck density -s py39 -s py313 --runs 2000 --seed 7",
        mixinStandardHelpOptions = true, description = "For each strategy and violation site, estimate the chance that one"
        + " random run (uniform random walk) and one PCT run meet it, with a 95%% Wilson interval, next to the"
        + " exhaustive verdict: the table that explains why the races survived so long.")
final class DensityCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--strategy"}, description = "a strategy to measure (repeatable; default: all)")
    List<String> strategies = new ArrayList<>();

    @Option(names = {"-n", "--runs"}, defaultValue = "10000",
            description = "random runs and PCT runs per strategy, 1 or more (default ${DEFAULT-VALUE})")
    int runs;

    @Mixin
    RandomOptions random;

    @Mixin
    ModelOptions options;

    @Mixin
    ReportOptions report;

    /** One strategy: its exhaustive check and what the random and PCT runs met. */
    private record Measured(Check check, Exploration random, Exploration pct) {
    }

    @Mixin
    ProgressOption shown;

    /** The progress of each strategy's search, named by {@code command} and the strategy. */
    private Function<CPythonModel, SearchProgress> progress(String command) {
        return m -> shown.of(spec.commandLine().getErr(), command + " " + m.strategy().id());
    }

    @Override
    public void run() {
        random.check(runs);
        List<Check> checks = new ArrayList<>();
        for (Strategy s : chosen()) {
            checks.add(History.checked(options.model(s), progress("density")));
        }
        List<Measured> rows = checks.parallelStream().map(this::measure).toList();
        SiteCodes codes = SiteCodes.of(checks);
        for (Measured m : rows) {
            m.random().sites().forEach(t -> codes.add(t.violation()));
            m.pct().sites().forEach(t -> codes.add(t.violation()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.json() ? json(rows) + "\n" : text(rows, codes));
    }

    private List<Strategy> chosen() {
        List<Strategy> chosen = new ArrayList<>();
        for (String id : strategies) {
            chosen.add(Strategy.byId(id));
        }
        return chosen.isEmpty() ? List.of(Strategy.values()) : chosen;
    }

    /** The random and PCT runs of a checked strategy; strategies are measured in parallel. */
    private Measured measure(Check check) {
        FiberSystem system = check.model().system();
        RandomExplorer explorer = new RandomExplorer(random.runner(system));
        Progress progress = shown.of(spec.commandLine().getErr(), "density " + check.model().strategy().id());
        return new Measured(check, explorer.explore(random.random(), runs, progress),
                explorer.explore(random.pct(system), runs, progress));
    }

    /** The sites of one strategy: those the exhaustive search reaches, then any other a random run met. */
    private static Set<String> sites(Measured m) {
        Set<String> sites = new LinkedHashSet<>();
        m.check().result().witnesses().forEach(w -> sites.add(w.violation().siteKey()));
        m.random().sites().forEach(t -> sites.add(t.violation().siteKey()));
        m.pct().sites().forEach(t -> sites.add(t.violation().siteKey()));
        return sites;
    }

    private static Witness shortest(Measured m, String site) {
        for (Witness w : m.check().result().witnesses()) {
            if (w.violation().siteKey().equals(site)) {
                return w;
            }
        }
        return null;
    }

    private String text(List<Measured> rows, SiteCodes codes) {
        StringBuilder sb = new StringBuilder();
        sb.append("bounds: ").append(rows.get(0).check().model().bounds()).append('\n');
        sb.append(options.memoryLine());
        sb.append(options.overridesLine());
        sb.append(String.format("per strategy: %,d uniform random runs and %,d PCT runs (depth %d), seed %d%n", runs, runs,
                random.depth, random.seed));
        sb.append("p: the chance that one run meets the site, in %, with its 95 % Wilson interval;"
                + " first: the run that met it first\n");
        sb.append("BFS: the steps of the shortest witness the exhaustive search finds ('.' = unreachable);"
                + " states: the states it explores\n\n");
        sb.append(String.format("%-22s %-5s %4s %9s  %-30s %7s  %-30s %7s", "strategy", "site", "BFS", "states",
                "random p % [95 % interval]", "first", "PCT p % [95 % interval]", "first"));
        if (report.timing) {
            sb.append(String.format("  %7s %7s %7s", "BFS s", "rand s", "PCT s"));
        }
        sb.append('\n');
        boolean unsound = false;
        for (Measured m : rows) {
            String id = m.check().model().strategy().id();
            long states = m.check().result().stats().states();
            Set<String> sites = sites(m);
            if (sites.isEmpty()) {
                String none = Percent.withInterval(new Proportion(0, runs));
                sb.append(String.format("%-22s %-5s %4s %,9d  %-30s %7s  %-30s %7s", id, "-", "-", states, none, "-",
                        none, "-"));
                appendTiming(sb, m);
            }
            for (String site : sites) {
                Witness w = shortest(m, site);
                boolean missed = w == null && m.check().result().complete();
                unsound |= missed;
                sb.append(String.format("%-22s %-5s %4s %,9d  %-30s %7s  %-30s %7s", id, SiteId.parse(site).code()
                        + (missed ? "!" : ""), w == null ? CheckReport.notFound(m.check().result()) : w.length(), states, cell(m.random(), site),
                        first(m.random(), site), cell(m.pct(), site), first(m.pct(), site)));
                appendTiming(sb, m);
            }
        }
        if (unsound) {
            sb.append("! met by a random run but not reachable per the exhaustive search: an engine bug\n");
        }
        sb.append(CheckReport.incompleteNotes(rows.stream().map(Measured::check).toList()));
        sb.append("'-' under site: no site reachable; the interval bounds the chance of meeting one in a run.\n");
        sb.append("Hangs (main-thread-exits) are met only when a run deadlocks; a livelock needs the exhaustive"
                + " search.\n");
        sb.append(codes.legend("sites (invariant @ step)"));
        return sb.toString();
    }

    private void appendTiming(StringBuilder sb, Measured m) {
        if (report.timing) {
            sb.append(String.format("  %7.2f %7.2f %7.2f", m.check().result().stats().seconds(), m.random().seconds(),
                    m.pct().seconds()));
        }
        sb.append('\n');
    }

    private static Proportion proportion(Exploration e, String site) {
        SiteTally t = e.site(site);
        return new Proportion(t == null ? 0 : t.hits(), e.runs());
    }

    private static String cell(Exploration e, String site) {
        return Percent.withInterval(proportion(e, site));
    }

    private static String first(Exploration e, String site) {
        SiteTally t = e.site(site);
        return t == null ? "-" : String.format("%,d", t.firstRun());
    }

    private String json(List<Measured> rows) {
        ObjectNode root = CheckReport.boundsJson(rows.get(0).check().model().bounds());
        root.put("memoryModel", options.memoryModel().id());
        CheckReport.overridesJson(root, options.settings());
        root.put("runs", runs);
        root.put("seed", random.seed);
        root.put("depth", random.depth);
        ArrayNode strategies = root.putArray("strategies");
        for (Measured m : rows) {
            ObjectNode s = strategies.addObject();
            s.put("strategy", m.check().model().strategy().id());
            CheckReport.verdictJson(s, m.check().result());
            s.put("states", m.check().result().stats().states());
            ArrayNode sites = s.putArray("sites");
            for (String site : sites(m)) {
                ObjectNode o = sites.addObject();
                o.put("site", site);
                Witness w = shortest(m, site);
                if (w == null) {
                    o.putNull("shortest");
                } else {
                    o.put("shortest", w.length());
                }
                estimate(o.putObject("random"), m.random(), site);
                estimate(o.putObject("pct"), m.pct(), site);
            }
        }
        return CheckReport.write(root);
    }

    private static void estimate(ObjectNode o, Exploration e, String site) {
        SiteTally t = e.site(site);
        Proportion p = proportion(e, site);
        o.put("hits", p.hits());
        o.put("runs", p.trials());
        o.put("p", p.estimate());
        o.put("lower", p.lower());
        o.put("upper", p.upper());
        if (t == null) {
            o.putNull("firstRun");
        } else {
            o.put("firstRun", t.firstRun());
        }
    }
}
