package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.ReplayException;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Schedule;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.checker.view.TraceText;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.ExitReachability;
import dev.gilcheck.model.Invariant;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Re-runs a schedule step by step and prints the trace, then whether process exit can still be reached. */
@Command(name = "replay", footer = "%nExample:%n  gilcheck replay -s fix4-a36adfa --schedule \"M D1 M M D1\" --swimlane" + Help.SCHEDULES,
        description = "Replay a schedule (the fiber of each step, e.g. \"M D1 D1.timeout\")"
        + " and print the trace: step, fiber, C function, what it did, the violation if any; then, if the run goes"
        + " on, where each thread stands and whether process exit can still be reached. A step that cannot be"
        + " taken: the steps before it are printed, the reason goes to stderr (exit 2).")
final class ReplayCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StrategyOption target;

    /** The schedule, on the command line or in a file. */
    static final class Steps {
        @Option(names = "--schedule", paramLabel = "STEPS", description = "the steps, e.g. \"M M D1 D1.timeout D2\"")
        String text;

        @Option(names = "--schedule-file", paramLabel = "FILE", description = "read the steps from FILE (- for stdin)")
        Path file;

        String read() {
            if (text != null) {
                return text;
            }
            try {
                return file.toString().equals("-") ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                        : Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BadInputException("cannot read the schedule from " + file + " (" + e.getMessage()
                        + "); give a readable --schedule-file, or --schedule");
            }
        }
    }

    @ArgGroup(multiplicity = "1")
    Steps steps;

    @Option(names = "--swimlane", description = "write the trace as swimlanes: one column per thread")
    boolean swimlane;

    @Mixin
    LaneOptions lanes;

    @Override
    public void run() {
        lanes.check();
        CPythonModel model = target.model();
        Schedule schedule = Schedule.parse(steps.read());
        FiberSystem system = model.system();
        PrintWriter out = spec.commandLine().getOut();
        String header = String.format("%s%sstrategy %s, %s%n", CheckReport.variantPrefix(model),
                model.release() == null ? "" : "release " + model.release().version() + ", ", model.strategy().id(),
                model.bounds());
        Trace trace;
        try {
            trace = new Replayer(system).replay(schedule);
        } catch (ReplayException e) {
            if (!e.prefix().steps().isEmpty()) {
                out.print(header);
                out.print(render(model, system, e.prefix()));
                out.printf("%nsteps 1 to %d replayed; step %d cannot be taken (the reason is on stderr)%n",
                        e.prefix().steps().size(), e.prefix().steps().size() + 1);
                out.flush();
            }
            throw e;
        }
        out.print(header);
        out.print(render(model, system, trace));
        out.println();
        boolean ended = false;
        for (Violation v : trace.violations()) {
            out.printf("violation: %s at %s (%s)%n", v.invariant(), v.site().key(), v.site().label());
            ended |= v.fatal();
        }
        if (ended) {
            out.println("the run ends here: the violation is fatal");
            return;
        }
        out.println("where each thread stands:");
        for (int f = 0; f < system.fibers().size(); f++) {
            out.printf("  %-3s %s%n", system.fibers().get(f).name(),
                    system.siteAt(f, system.pcOf(trace.end(), f)).describe());
        }
        out.println(exitVerdict(system, trace));
    }

    private String render(CPythonModel model, FiberSystem system, Trace trace) {
        return swimlane ? lanes.render(model, system, trace) : TraceText.format(trace);
    }

    /** Whether process exit has been reached, can still be reached, can no longer be, or is unknown. */
    private static String exitVerdict(FiberSystem system, Trace trace) {
        ExitReachability exit = ExitReachability.after(system, trace);
        SearchResult ahead = exit.ahead();
        return switch (exit.answer()) {
            case REACHED -> "process exit: reached";
            case UNREACHABLE -> String.format("violation: %s: from here process exit can no longer be reached"
                    + " (checked over %,d states)", Invariant.MAIN_THREAD_EXITS.id(), ahead.stats().states());
            case UNKNOWN -> "process exit: UNKNOWN whether it can still be reached (INCOMPLETE: " + ahead.stopMessage()
                    + ")";
            case REACHABLE -> String.format("process exit: can still be reached from here (checked over %,d states)",
                    ahead.stats().states());
        };
    }
}
