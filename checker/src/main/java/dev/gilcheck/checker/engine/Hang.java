package dev.gilcheck.checker.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a hang witness shows: the step after which the progress fiber never reaches the goal (its last
 * step in the trace, where it blocks for good), and why no other fiber can wake it: where each one
 * stands at the end of the trace, finished, blocked, or still running without ever letting it go on.
 *
 * @param step   the progress fiber's last step in the trace (0 when it took none)
 * @param blocks what the progress fiber waits for at the end
 * @param others one line per other fiber
 */
public record Hang(int step, String blocks, List<String> others) {
    public Hang {
        others = List.copyOf(others);
    }

    /** The hang that {@code w} witnesses, or null when it witnesses a broken invariant at a step instead. */
    public static Hang of(FiberSystem system, Witness w) {
        Trace trace = w.trace();
        if (trace.steps().stream().anyMatch(s -> !s.violations().isEmpty())) {
            return null;
        }
        int progress = system.progressFiber();
        String name = system.fibers().get(progress).name();
        int step = 0;
        for (TraceStep s : trace.steps()) {
            if (s.fiber().equals(name)) {
                step = s.number();
            }
        }
        long[] end = trace.end();
        String blocks = system.moves(end, progress, false).isEmpty() ? system.whyDisabled(end, progress)
                : name + " can still step at " + system.siteAt(progress, system.pcOf(end, progress)).describe()
                        + ", but no run from here reaches the end";
        List<String> others = new ArrayList<>();
        for (int f = 0; f < system.fibers().size(); f++) {
            if (f != progress) {
                others.add(system.moves(end, f, false).isEmpty() ? system.whyDisabled(end, f)
                        : system.fibers().get(f).name() + " can still run (at "
                                + system.siteAt(f, system.pcOf(end, f)).describe() + ") but never wakes " + name);
            }
        }
        return new Hang(step, blocks, others);
    }
}
