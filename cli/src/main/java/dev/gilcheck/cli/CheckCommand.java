package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.parametric.AnyNCheck;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.model.AnyDaemons;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.StateSpaceEstimate;
import dev.gilcheck.model.TooLargeException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks one strategy exhaustively and prints every violation site with its shortest witness. */
@Command(name = "check", footer = "%nExample:%n  gilcheck check -s py39 --daemons 3 --symmetry --format json" + Help.SCHEDULES,
        description = "Check one strategy exhaustively: every reachable violation site,"
        + " each with its shortest witness.")
final class CheckCommand implements Runnable {
    enum Format { text, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StrategyOption target;


    @Mixin
    SearchMixin search;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--swimlane", description = "write each witness as swimlanes: one column per thread")
    boolean swimlane;

    @Mixin
    LaneOptions lanes;

    @Option(names = "--timing", description = "also report wall-clock seconds (they vary from run to run)")
    boolean timing;

    @Mixin
    ProgressOption shown;

    @Option(names = "--any-daemons", description = "verdicts for any number of daemons: each site reachable from"
            + " the least N (with its shortest witness there), or unreachable for every N")
    boolean anyDaemons;

    @Override
    public void run() {
        if (format == Format.json && swimlane) {
            throw new BadInputException("--swimlane draws text: drop it, or drop --format json");
        }
        lanes.check();
        CPythonModel model = target.model();
        if (anyDaemons) {
            runAnyDaemons(model);
            return;
        }
        Limits limits = Limits.forHeap();
        SearchOptions options = search.options();
        if (options.equals(SearchOptions.PLAIN)) {
            try {
                StateSpaceEstimate.requireFits(model, limits);
            } catch (TooLargeException e) {
                throw new BadInputException(ModelOptions.message(e, "store fingerprints (--fingerprint), reduce"
                        + " (--symmetry), "));
            }
        }
        Check check = Check.run(model, limits, options, shown.of(spec.commandLine().getErr(),
                "check " + model.name()));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(CheckReport.json(check, timing));
        } else {
            out.print(swimlane ? CheckReport.text(check, timing, t -> lanes.render(model, model.system(), t))
                    : CheckReport.text(check, timing));
        }
    }

    private void runAnyDaemons(CPythonModel model) {
        AnyDaemonsRow.refuseWhatItCannotTake(spec.commandLine(), model.memory());
        if (swimlane || !search.options().equals(SearchOptions.PLAIN)) {
            throw new BadInputException("--any-daemons chooses its own searches: drop --swimlane and the search options");
        }
        Progress progress = shown.of(spec.commandLine().getErr(), "check " + model.name() + " --any-daemons");
        AnyNCheck.Result r = AnyDaemons.check(model, Limits.forHeap(), progress, progress);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? AnyDaemonsReport.json(model, r, timing) + "\n"
                : AnyDaemonsReport.text(model, r, timing));
    }
}
