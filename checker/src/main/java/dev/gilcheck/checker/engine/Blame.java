package dev.gilcheck.checker.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which earlier step a violation depends on, found by asking "what if": for each suspect field the
 * run has changed by the violating step, the step is re-run with that field put back to its
 * initial value. If the violation then goes away, the field is a cause, and the step that last
 * changed it (a free, a destroy, a flag being set) is where the harm was done.
 */
public final class Blame {
    private Blame() {
    }

    /** Step {@code step} changed {@code field}; without that change the violation would not happen. */
    public record Cause(int step, Field field) {
    }

    /**
     * The causes of the violation at the last step of {@code trace}, earliest first; empty when that
     * step breaks nothing (a hang) or no suspect explains it.
     */
    public static List<Cause> of(FiberSystem system, Trace trace, List<Field> suspects) {
        List<Cause> causes = new ArrayList<>();
        if (trace.length() == 0) {
            return causes;
        }
        TraceStep last = trace.steps().get(trace.length() - 1);
        if (last.violations().isEmpty()) {
            return causes;
        }
        List<long[]> before = worldsBeforeEachStep(system, trace);
        long[] initial = system.initial();
        long[] world = before.get(trace.length() - 1);
        int fiber = system.fiberIndex(last.fiber());
        for (Field f : suspects) {
            if (f.get(world) == f.get(initial)) {
                continue;
            }
            long[] undone = world.clone();
            f.set(undone, f.get(initial));
            if (!stillBreaks(system.moves(undone, fiber, false), last)) {
                causes.add(new Cause(lastChange(before, trace, f), f));
            }
        }
        causes.sort(Comparator.comparingInt(Cause::step));
        return causes;
    }

    private static boolean stillBreaks(List<Move> moves, TraceStep step) {
        for (Move m : moves) {
            if (Objects.equals(m.tag(), step.token().tag())) {
                return m.violations().stream().anyMatch(step.violations()::contains);
            }
        }
        return false;
    }

    /** The number of the last step before the trace's end after which {@code f} changed. */
    private static int lastChange(List<long[]> before, Trace trace, Field f) {
        for (int i = trace.length() - 1; i > 0; i--) {
            if (f.get(before.get(i)) != f.get(before.get(i - 1))) {
                return i;
            }
        }
        return 0;
    }

    /** Element i is the world just before step i + 1. */
    private static List<long[]> worldsBeforeEachStep(FiberSystem system, Trace trace) {
        Replayer replayer = new Replayer(system);
        List<Schedule.Token> tokens = trace.schedule().tokens();
        List<long[]> worlds = new ArrayList<>();
        for (int i = 0; i < trace.length(); i++) {
            worlds.add(replayer.replay(new Schedule(tokens.subList(0, i))).end());
        }
        return worlds;
    }
}
