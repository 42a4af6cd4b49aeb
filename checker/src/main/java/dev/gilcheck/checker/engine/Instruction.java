package dev.gilcheck.checker.engine;

/**
 * One alternative of a program point: its site, an optional tag that names the alternative when a
 * point has several (a timed wait that returns signalled or timed out), its guard and its action.
 *
 * @param waitsFor what the fiber waits for while the guard is false ("gil->mutex is free"), or
 *                 null when the step never blocks
 */
public record Instruction(Site site, String tag, Guard guard, String waitsFor, Action action) {

    public boolean enabled(Machine m) {
        return guard == null || guard.enabled(m);
    }

    public boolean blocks() {
        return waitsFor != null;
    }
}
