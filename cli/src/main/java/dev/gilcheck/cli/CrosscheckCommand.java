package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.crosscheck.Budget;
import dev.gilcheck.crosscheck.CrossCheck;
import dev.gilcheck.crosscheck.Summary;
import dev.gilcheck.crosscheck.port.Build;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggle;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Our checker against Lincheck on the JVM port of the C code: a summary per strategy, the traces in files. */
@Command(name = "crosscheck", footer = "%nExample:%n  gilcheck crosscheck -s py39 -s fix1-eb4e2ae --invocations 1000",
        description = "Cross-check the exhaustive checker against Lincheck searching an independent JVM port of the C"
        + " code: per strategy, the sites each reaches and whether they agree. Lincheck's full traces and the"
        + " per-site report go to files in --traces.")
final class CrosscheckCommand implements Callable<Integer>, Help.OwnExitCodes {
    enum Format { text, json }

    /** The exit status when a disagreement is not explained (or the search went wrong). */
    static final int DISAGREE = 3;

    @Override
    public Map<String, String> exitCodes() {
        return Map.of(String.valueOf(DISAGREE), "a disagreement nobody has explained: see the UNEXPLAINED lines and the traces");
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--strategy"}, description = "a strategy to cross-check (repeatable; default: every strategy)")
    List<String> strategies = new ArrayList<>();

    @Mixin
    ModelOptions options;

    @Option(names = "--invocations", defaultValue = "2500",
            description = "Lincheck invocations per run, 1 or more (default ${DEFAULT-VALUE})")
    int invocations;

    @Option(names = "--max-runs", defaultValue = "10", description = "Lincheck runs per scenario, each passing over the"
            + " findings already made, 1 or more; a search still finding new sites then is an error (default ${DEFAULT-VALUE})")
    int maxRuns;

    @Option(names = "--targeted-invocations", defaultValue = "25000", description = "invocations of the runs looking for"
            + " each site Lincheck missed alone (1 daemon; a quarter with 2 ...), 0 for none (default ${DEFAULT-VALUE})")
    int targeted;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--traces", defaultValue = "target/crosscheck", paramLabel = "FOLDER", description = "where the"
            + " traces and the report go; a file there that gilcheck crosscheck did not write is never replaced"
            + " (default ${DEFAULT-VALUE})")
    Path traces;

    @Override
    public Integer call() {
        options.sequentialOnly("crosscheck");
        List<Strategy> chosen = strategies.isEmpty() ? List.of(Strategy.values())
                : strategies.stream().map(Strategy::byId).toList();
        Bounds bounds = options.bounds();
        if (bounds.cthreads() > 0) {
            throw new BadInputException("the Lincheck port has no C threads (PyGILState_Ensure): use --cthreads 0");
        }
        if (bounds.newThreads() > 0) {
            throw new BadInputException("the Lincheck port has no new threads (thread_run): use --new-threads 0");
        }
        for (String setting : options.settings()) {
            Toggle t = Toggle.byId(setting.substring(0, setting.indexOf('=')).trim());
            if (t != null && !Build.models(t)) {
                throw new BadInputException("the Lincheck port does not model " + t.id() + ": drop -t " + t.id());
            }
        }
        Budget budget = new Budget(invocations, maxRuns, targeted);
        TraceFolder folder = TraceFolder.of(traces, CrossCheck.fileNames(chosen));
        CrossCheck check = CrossCheck.run(chosen, options::toggles, bounds, budget);
        PrintWriter out = spec.commandLine().getOut();
        folder.write(check.files(), out);
        if (format == Format.json) {
            out.println(json(check, bounds, budget));
        } else {
            out.print(check.table());
            out.println("traces and the per-site report: " + traces);
        }
        return check.agrees() ? 0 : DISAGREE;
    }

    private String json(CrossCheck check, Bounds bounds, Budget budget) {
        ObjectNode root = CheckReport.boundsJson(bounds);
        CheckReport.overridesJson(root, options.settings());
        ObjectNode b = root.putObject("budget");
        b.put("invocations", budget.invocations());
        b.put("maxRuns", budget.maxRuns());
        b.put("targetedInvocations", budget.deepInvocations());
        ArrayNode rows = root.putArray("strategies");
        for (Summary s : check.summaries()) {
            ObjectNode row = rows.addObject();
            row.put("strategy", s.strategy());
            row.put("verdict", s.ours().name());
            row.put("sites", s.ourSites());
            row.put("lincheckSites", s.lincheckSites());
            row.put("agreed", s.agreed());
            row.put("missed", s.lincheckMissed());
            row.put("notObservable", s.notObservable());
            row.put("explained", s.explained());
            ArrayNode unexplained = row.putArray("unexplained");
            s.unexplained().forEach(unexplained::add);
        }
        root.put("agrees", check.agrees());
        root.put("traces", traces.toString());
        return CheckReport.write(root);
    }
}
