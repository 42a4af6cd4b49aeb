package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.SourceLocation;
import dev.gilcheck.checker.engine.TraceStep;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Release;
import dev.gilcheck.model.Releases;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.reproduce.Outcome;
import dev.gilcheck.reproduce.PythonBuild;
import dev.gilcheck.reproduce.Reproducer;
import dev.gilcheck.reproduce.WitnessPlan;
import dev.gilcheck.reproduce.Witnesses;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Forces a witness of the model on a real CPython binary with gdb, or every site on every release. */
@Command(name = "reproduce", description = "Force a model witness on a real CPython binary with gdb and say what"
        + " happened: REPRODUCED crash / hang / access, NOT REPRODUCED (where the binary went another way), or"
        + " CANNOT (a step the harness cannot force). With --all:"
        + " every site on every release, one table.",
        footer = "%nExample:%n  gilcheck reproduce --release 3.9.18 --site 1%n"
                + "More:%n  gilcheck reproduce --release 3.12.1 --schedule \"M M D1 M M D1\" --emit /tmp/repro%n"
                + "  gilcheck reproduce --all --release 3.13.0" + Help.SCHEDULES)
final class ReproduceCommand implements Callable<Integer>, Help.OwnExitCodes {
    enum Format { text, json }

    /** The exit status when a witness (or, with --all, any cell) was not reproduced. */
    static final int NOT_REPRODUCED = 3;

    @Override
    public Map<String, String> exitCodes() {
        return Map.of(String.valueOf(NOT_REPRODUCED), "not reproduced: NOT REPRODUCED or CANNOT (with --all: in any cell)");
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--strategy"}, description = "the strategy whose witness to force (default: the release's)")
    String strategy;

    @Option(names = "--release", description = "the CPython release, e.g. 3.9.18 (repeatable with --all)")
    List<String> releases = new ArrayList<>();

    @Option(names = "--python", description = "the interpreter (default $(pyenv root)/versions/R/bin/python3.X)")
    Path python;

    @Option(names = "--site", description = "the site: its number or key as gilcheck check prints them, or its gilcheck matrix id")
    String site;

    @Option(names = "--schedule", description = "any schedule of the model, e.g. \"M D1 M M D1\"")
    String schedule;

    @Option(names = "--all", description = "every site the model reaches, on every release (or those given)")
    boolean all;

    @Option(names = "--emit", description = "write the Python program, the gdb script and a README into this new"
            + " directory, for a person to rerun")
    Path emit;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    ModelOptions options;

    @Override
    public Integer call() {
        options.sequentialOnly("reproduce");
        PrintWriter out = spec.commandLine().getOut();
        if (all) {
            if (site != null || schedule != null || emit != null || python != null || strategy != null) {
                throw new BadInputException("--all forces every site of every release: give only --release and --format");
            }
            List<Release> chosen = new ArrayList<>();
            if (releases.isEmpty()) {
                chosen.addAll(Releases.all());
            }
            releases.forEach(r -> chosen.add(Releases.byVersion(r)));
            ReproductionMatrix.Result result = ReproductionMatrix.run(chosen, options);
            out.print(format == Format.json ? ReproductionMatrix.json(result) : ReproductionMatrix.text(result));
            return ReproductionMatrix.allReproduced(result) ? 0 : NOT_REPRODUCED;
        }
        if ((site == null) == (schedule == null)) {
            throw new BadInputException("give --site ID or --schedule \"M D1 ...\" (one of them), or --all");
        }
        if (releases.size() > 1 || (releases.isEmpty() && (strategy == null || python == null))) {
            throw new BadInputException("give one --release R, or -s STRATEGY with --python PATH");
        }
        Release release = releases.isEmpty() ? null : Releases.byVersion(releases.get(0));
        CPythonModel model = strategy != null ? options.model(Strategy.byId(strategy))
                : new CPythonModel(release, options.toggles(release.strategy()), options.bounds());
        Path emitDir = emit == null ? null : Reproducer.emitDirectory(emit);
        Witness witness = site != null ? Witnesses.forSite(model, site) : Witnesses.forSchedule(model, schedule);
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
        Path binary = python != null ? python : PythonBuild.pyenvPython(release.version(), scratch);
        PythonBuild build = PythonBuild.check(binary, scratch);
        WitnessPlan plan = WitnessPlan.of(model, witness.trace(), witness.violation(), build.minor());
        Reproducer reproducer = new Reproducer(build, model.bounds().daemons());
        Outcome outcome = emitDir == null ? reproducer.force(plan) : reproducer.force(plan, emitDir);
        out.print(format == Format.json ? json(build, model, witness, outcome) : text(build, model, witness, outcome));
        return outcome.kind().reproduced() ? 0 : NOT_REPRODUCED;
    }

    static String text(PythonBuild build, CPythonModel model, Witness witness, Outcome outcome) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("CPython %s (%s), strategy %s, %s%n", build.version(), build.python(),
                model.strategy().id(), model.bounds()));
        sb.append("site: ").append(witness.violation().siteKey()).append('\n');
        sb.append("schedule: ").append(witness.schedule()).append('\n');
        Map<Integer, Outcome.StepReport> reports = new LinkedHashMap<>();
        outcome.steps().forEach(r -> reports.put(r.number(), r));
        for (TraceStep step : witness.trace().steps()) {
            Outcome.StepReport r = reports.get(step.number());
            String real = r == null ? "-" : r.status().equals("ran") ? "ran" : r.status() + " " + r.where();
            String modelled = step.site().function() + SourceLocation.parse(step.site().location()).lineLabel();
            sb.append(String.format("  %2d  %-3s %-32s %-36s real: %s%n", step.number(), step.fiber(), modelled,
                    clip(step.site().action(), 36), real));
        }
        sb.append("outcome: ").append(outcome.kind().text()).append('\n');
        sb.append("  ").append(outcome.detail()).append('\n');
        return sb.toString();
    }

    static String json(PythonBuild build, CPythonModel model, Witness witness, Outcome outcome) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("release", build.version());
        m.put("python", build.python().toString());
        m.put("strategy", model.strategy().id());
        m.put("site", witness.violation().siteKey());
        m.put("schedule", witness.schedule().toString());
        m.put("outcome", outcome.kind().text());
        m.put("detail", outcome.detail());
        List<Object> steps = new ArrayList<>();
        for (Outcome.StepReport r : outcome.steps()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("step", r.number());
            s.put("fiber", r.fiber());
            s.put("status", r.status());
            s.put("where", r.where());
            steps.add(s);
        }
        m.put("steps", steps);
        try {
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 2) + "..";
    }
}
