package dev.gilcheck.cli;

import dev.gilcheck.model.History;
import dev.gilcheck.model.Strategy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes the HTML report of one version, or of all, to one self-contained file. */
@Command(name = "report", footer = "%nExample:%n  gilcheck report --all -o gilcheck.html   (-o - writes to stdout)",
        description = "Write a self-contained HTML report (no network needed): per version its"
        + " story, what changed, and every witness as a timeline to step through, each step linked to the C"
        + " source at that commit.")
final class ReportCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static final class Which {
        @Option(names = {"-s", "--strategy"}, description = "the strategy (see gilcheck list)")
        String strategy;

        @Option(names = "--all", description = "every strategy, in historical order")
        boolean all;
    }

    @ArgGroup(multiplicity = "1")
    Which which;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.html",
            description = "the file to write (atomically; - for stdout); a device, fifo or folder is refused")
    Path output;

    @Mixin
    ModelOptions options;

    @Mixin
    ProgressOption shown;

    @Override
    public void run() {
        OutputFile file = OutputFile.of(output);
        List<Strategy> strategies = which.all ? List.of(Strategy.values()) : List.of(Strategy.byId(which.strategy));
        List<History> histories = new ArrayList<>();
        for (Strategy s : strategies) {
            histories.add(History.of(s, options::model, m -> shown.of(spec.commandLine().getErr(), "report " + m.strategy().id())));
        }
        String title = which.all ? "gilcheck: daemon threads and CPython finalization, version by version"
                : "gilcheck: " + strategies.get(0).id();
        ReportPage page = new ReportPage(title, histories.get(0).now().model().bounds() + " "
                + options.memoryModel().under(), options.overrides());
        if (which.all) {
            page.summary(histories);
        }
        histories.forEach(page::version);
        PrintWriter out = spec.commandLine().getOut();
        file.write(page.render(), out);
        if (!file.stdout()) {
            out.printf("wrote %s (%d version%s, %d witnesses)%n", file.name(), histories.size(),
                    histories.size() == 1 ? "" : "s",
                    histories.stream().mapToInt(h -> h.now().result().witnesses().size()).sum());
        }
    }
}
