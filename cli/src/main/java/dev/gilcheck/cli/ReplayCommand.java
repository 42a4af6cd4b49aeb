package dev.gilcheck.cli;

import dev.gilcheck.checker.BfsExplorer;
import dev.gilcheck.checker.FiberSystem;
import dev.gilcheck.checker.Limits;
import dev.gilcheck.checker.Replayer;
import dev.gilcheck.checker.Schedule;
import dev.gilcheck.checker.SearchResult;
import dev.gilcheck.checker.Trace;
import dev.gilcheck.checker.TraceText;
import dev.gilcheck.checker.Violation;
import dev.gilcheck.checker.Witness;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Invariant;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Re-runs a schedule step by step and prints the trace. */
@Command(name = "replay", description = "Replay a schedule (the fiber of each step, e.g. \"M D1 D1.timeout\")"
        + " and print the trace: step, fiber, C function, what it did, the violation if any.")
final class ReplayCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StrategyOption target;

    @Option(names = "--schedule", required = true, description = "the steps, e.g. \"M M D1 D1.timeout D2\"")
    String schedule;


    @Option(names = "--swimlane", description = "write the trace as swimlanes: one column per thread")
    boolean swimlane;

    @Mixin
    LaneOptions lanes;

    @Override
    public void run() {
        CPythonModel model = target.model();
        FiberSystem system = model.system();
        Trace trace = new Replayer(system).replay(Schedule.parse(schedule));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%sstrategy %s, %s%n", model.release() == null ? "" : "release " + model.release().version() + ", ",
                model.strategy().id(), model.bounds());
        out.print(swimlane ? lanes.render(system, trace) : TraceText.format(trace));
        out.println();
        boolean ended = false;
        for (Violation v : trace.violations()) {
            out.printf("violation: %s at %s%n", v.invariant(), v.site().key());
            ended |= v.fatal();
        }
        if (ended) {
            return;
        }
        out.println("where each thread stands:");
        for (int f = 0; f < system.fibers().size(); f++) {
            out.printf("  %-3s %s%n", system.fibers().get(f).name(),
                    system.siteAt(f, system.pcOf(trace.end(), f)).describe());
        }
        SearchResult ahead = new BfsExplorer(system.startingAt(trace.end()), Limits.forHeap(),
                Invariant.MAIN_THREAD_EXITS.id()).explore();
        for (Witness w : ahead.witnesses()) {
            if (w.length() == 0 && w.violation().invariant().equals(Invariant.MAIN_THREAD_EXITS.id())) {
                out.printf("violation: %s: from here process exit can no longer be reached"
                        + " (checked over %,d states)%n", w.violation().invariant(), ahead.stats().states());
            }
        }
    }
}
