package dev.gilcheck.checker.engine;

/** A broken invariant at one site, with the shortest run found that breaks it there. */
public record Witness(Violation violation, Trace trace) {

    public int length() {
        return trace.length();
    }

    public Schedule schedule() {
        return trace.schedule();
    }
}
