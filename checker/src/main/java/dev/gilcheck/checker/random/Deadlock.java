package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Violation;

/**
 * What one run can say about progress: a world with no enabled move that is not the goal is a
 * deadlock, named where the progress fiber stands, under the same site key the exhaustive search
 * gives a hang there. A livelock (moves keep being enabled, the goal never comes) cannot be judged
 * from one run: that needs the exhaustive search.
 */
final class Deadlock {
    private Deadlock() {
    }

    /** The deadlock in {@code world}, or null when a move is enabled or the goal is reached. */
    static Violation in(FiberSystem system, long[] world, String progressInvariant) {
        if (system.isGoal(world) || !system.moves(world, false).isEmpty()) {
            return null;
        }
        int fiber = system.progressFiber();
        return new Violation(progressInvariant, system.siteAt(fiber, system.pcOf(world, fiber)), false);
    }
}
