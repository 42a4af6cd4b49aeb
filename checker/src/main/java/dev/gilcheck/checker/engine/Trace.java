package dev.gilcheck.checker.engine;

import java.util.ArrayList;
import java.util.List;

/** A replayed run: its steps, the world it ends in, and the schedule that reproduces it. */
public record Trace(List<TraceStep> steps, long[] end) {

    public Trace {
        steps = List.copyOf(steps);
    }

    public Schedule schedule() {
        List<Schedule.Token> tokens = new ArrayList<>();
        for (TraceStep s : steps) {
            tokens.add(s.token());
        }
        return new Schedule(tokens);
    }

    public int length() {
        return steps.size();
    }

    public List<Violation> violations() {
        List<Violation> all = new ArrayList<>();
        for (TraceStep s : steps) {
            all.addAll(s.violations());
        }
        return all;
    }
}
