package dev.gilcheck.cli;

import dev.gilcheck.checker.Limits;
import dev.gilcheck.checker.Witness;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.StateSpaceEstimate;
import dev.gilcheck.model.Strategy;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Every strategy against every violation site: one table, the shortest witness length in each cell. */
@Command(name = "matrix", description = "Check every strategy and print one table: strategy x violation site,"
        + " each cell the length of the shortest witness ('.' = unreachable).")
final class MatrixCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ModelOptions options;

    @Option(names = "--timing", description = "add a column of wall-clock seconds (they vary from run to run)")
    boolean timing;

    @Override
    public void run() {
        Limits limits = Limits.forHeap();
        List<Check> checks = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            CPythonModel model = options.model(s);
            StateSpaceEstimate.requireFits(model, limits);
            checks.add(Check.run(model, limits));
        }
        spec.commandLine().getOut().print(table(checks, timing));
    }

    static String table(List<Check> checks, boolean timing) {
        SiteCodes codes = SiteCodes.of(checks);
        StringBuilder sb = new StringBuilder();
        sb.append("bounds: ").append(checks.get(0).model().bounds()).append('\n');
        sb.append(String.format("%-22s %-9s %10s", "strategy", "verdict", "states"));
        if (timing) {
            sb.append(String.format(" %8s", "seconds"));
        }
        for (String code : codes.codes()) {
            sb.append(String.format(" %4s", code));
        }
        sb.append('\n');
        for (Check c : checks) {
            sb.append(String.format("%-22s %-9s %10d", c.model().strategy().id(), CheckReport.verdict(c.result()),
                    c.result().stats().states()));
            if (timing) {
                sb.append(String.format(" %8.2f", c.result().stats().seconds()));
            }
            Map<String, Integer> lengths = new LinkedHashMap<>();
            for (Witness w : c.result().witnesses()) {
                lengths.put(w.violation().siteKey(), w.length());
            }
            for (String site : codes.sites()) {
                Integer len = lengths.get(site);
                sb.append(String.format(" %4s", len == null ? "." : len.toString()));
            }
            sb.append('\n');
        }
        sb.append(codes.legend("sites (invariant @ step; the number is the length of the shortest witness)"));
        return sb.toString();
    }
}
