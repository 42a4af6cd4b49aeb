package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.random.Ending;
import dev.gilcheck.checker.random.Exploration;
import dev.gilcheck.checker.random.Proportion;
import dev.gilcheck.checker.random.RandomExplorer;
import dev.gilcheck.checker.random.Runner;
import dev.gilcheck.checker.random.ScheduleShrinker;
import dev.gilcheck.checker.random.SiteTally;
import dev.gilcheck.checker.search.Verdict;
import dev.gilcheck.checker.view.TraceText;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Invariant;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Random runs of one strategy: every site met, how often, how soon, and a shrunk witness of each. */
@Command(name = "fuzz", footer = "%nExample:%n  gilcheck fuzz -s py313 -e pct --depth 3 --runs 5000 --seed 1" + Help.SCHEDULES,
        mixinStandardHelpOptions = true, description = "Run one strategy many times under a random scheduler (uniform random walk"
        + " or PCT) and report every violation site met: in how many runs, in which run first, and a witness"
        + " shrunk from that run. A site not met may still be reachable: gilcheck check decides.")
final class FuzzCommand implements Runnable {
    enum Explorer { random, pct }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StrategyOption target;

    @Option(names = {"-e", "--explorer"}, defaultValue = "random",
            description = "random (uniform random walk) or pct (default ${DEFAULT-VALUE})")
    Explorer explorer;

    @Option(names = {"-n", "--runs"}, defaultValue = "10000", description = "runs, 1 or more (default ${DEFAULT-VALUE})")
    int runs;

    @Mixin
    RandomOptions random;


    @Option(names = "--no-shrink", description = "print each site's first run as it was, without shrinking it")
    boolean noShrink;

    @Mixin
    ReportOptions report;

    /** One site: what the runs met, and the witness to show for it. */
    private record Finding(SiteTally tally, Witness witness) {
    }

    @Mixin
    ProgressOption shown;

    @Override
    public void run() {
        random.check(runs);
        CPythonModel model = target.model();
        FiberSystem system = model.system();
        Runner runner = random.runner(system);
        Exploration e = new RandomExplorer(runner).explore(
                explorer == Explorer.pct ? random.pct(system) : random.random(), runs,
                shown.of(spec.commandLine().getErr(), "fuzz " + model.name()));
        ScheduleShrinker shrinker = new ScheduleShrinker(system, Invariant.MAIN_THREAD_EXITS.id());
        List<Finding> findings = new ArrayList<>();
        for (SiteTally t : e.sites()) {
            findings.add(new Finding(t, noShrink ? new Witness(t.violation(), t.first())
                    : shrinker.shrink(t.violation(), t.first().schedule())));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (report.json()) {
            out.println(json(model, runner, e, findings));
        } else {
            out.print(text(model, runner, e, findings));
        }
    }

    private String explorerText(Runner runner) {
        String how = explorer == Explorer.pct
                ? "PCT, depth " + random.depth + ", change points among the first "
                        + Runner.programPoints(runner.system()) + " steps"
                : "uniform random walk";
        return String.format("explorer: %s, seed %d, %,d runs of at most %,d steps", how, random.seed, runs,
                runner.maxSteps());
    }

    private static String endingsText(Exploration e) {
        return String.format("runs: %,d reached process exit, %,d ended in a fatal violation, %,d deadlocked,"
                        + " %,d cut at the step bound; %,d steps in all, the longest run %,d",
                e.ended(Ending.FINISHED), e.ended(Ending.FATAL), e.ended(Ending.DEADLOCK), e.ended(Ending.STEP_BOUND),
                e.steps(), e.longest());
    }

    private String text(CPythonModel model, Runner runner, Exploration e, List<Finding> findings) {
        StringBuilder sb = new StringBuilder(CheckReport.modelText(model));
        sb.append(explorerText(runner)).append('\n');
        sb.append(endingsText(e));
        if (report.timing) {
            sb.append(String.format(", %.2f s, %,.0f runs/s", e.seconds(), e.runs() / Math.max(e.seconds(), 1e-9)));
        }
        sb.append('\n');
        if (findings.isEmpty()) {
            sb.append("verdict: UNKNOWN ").append(model.memory().under())
                    .append(": no violation met (random runs prove nothing by missing one: gilcheck check searches them all)\n");
        } else {
            sb.append("verdict: VIOLATED at ").append(findings.size()).append(findings.size() == 1 ? " site " : " sites ")
                    .append(model.memory().under()).append(" (more may exist: gilcheck check searches them all)\n");
        }
        sb.append("hangs are reported when a run deadlocks; a livelock needs the exhaustive search\n");
        int n = 0;
        for (Finding f : findings) {
            SiteTally t = f.tally();
            String about = String.format("met in %,d of %,d runs (%s); first in run %,d, after %d steps%s", t.hits(),
                    e.runs(), Percent.withInterval(new Proportion(t.hits(), e.runs())), t.firstRun(), t.first().length(),
                    noShrink ? "" : ", shrunk to " + f.witness().length());
            sb.append(CheckReport.witnessText(++n, f.witness(), about, TraceText::format));
        }
        return sb.toString();
    }

    private String json(CPythonModel model, Runner runner, Exploration e, List<Finding> findings) {
        ObjectNode root = CheckReport.modelJson(model);
        ObjectNode how = root.putObject("explorer");
        how.put("name", explorer.name());
        how.put("seed", random.seed);
        if (explorer == Explorer.pct) {
            how.put("depth", random.depth);
            how.put("changePointsAmong", Runner.programPoints(runner.system()));
        }
        how.put("maxSteps", runner.maxSteps());
        root.put("verdict", (findings.isEmpty() ? Verdict.UNKNOWN : Verdict.VIOLATED).name());
        root.put("complete", false);
        root.put("runs", e.runs());
        ArrayNode violations = root.putArray("violations");
        for (Finding f : findings) {
            ObjectNode v = violations.addObject();
            CheckReport.witnessJson(v, f.witness());
            v.put("runs", e.runs());
            v.put("hits", f.tally().hits());
            v.put("firstRun", f.tally().firstRun());
            v.put("firstLength", f.tally().first().length());
        }
        ObjectNode stats = root.putObject("stats");
        stats.putNull("states");
        stats.put("transitions", e.steps());
        stats.put("depth", e.longest());
        CheckReport.seconds(stats, report.timing, e.seconds());
        ObjectNode endings = stats.putObject("endings");
        for (Ending ending : Ending.values()) {
            endings.put(ending.name().toLowerCase(Locale.ROOT), e.ended(ending));
        }
        return CheckReport.write(root);
    }
}
