package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.engine.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a system once under a scheduler: from the initial world, the scheduler picks one enabled
 * move at a time until no move is enabled (the goal, or a deadlock), a fatal violation ends the
 * run, the scheduler stops, or the step bound is reached.
 */
public final class Runner {
    private final FiberSystem system;
    private final String progressInvariant;
    private final int maxSteps;

    /**
     * @param progressInvariant the name under which deadlocks are reported
     * @param maxSteps          the step bound: a run that reaches it is cut there
     */
    public Runner(FiberSystem system, String progressInvariant, int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("the step bound must be at least 1: " + maxSteps);
        }
        this.system = system;
        this.progressInvariant = progressInvariant;
        this.maxSteps = maxSteps;
    }

    /**
     * A step bound that lets every fiber walk its whole program three times over: enough for the
     * longest loop-free run with room for timed-wait loops, short enough to cut a spinning run.
     */
    public static int defaultMaxSteps(FiberSystem system) {
        return 3 * programPoints(system);
    }

    /** The program points of all fibers together: about the length of a run that loops nowhere. */
    public static int programPoints(FiberSystem system) {
        int points = 0;
        for (Fiber fiber : system.fibers()) {
            points += fiber.program().size();
        }
        return points;
    }

    public FiberSystem system() {
        return system;
    }

    public int maxSteps() {
        return maxSteps;
    }

    public Run run(Scheduler scheduler, int number) {
        scheduler.newRun(number);
        long[] world = system.initial();
        int[] taken = new int[64];
        int steps = 0;
        List<Hit> hits = new ArrayList<>();
        while (true) {
            List<Move> moves = system.moves(world, false);
            if (moves.isEmpty()) {
                Violation deadlock = Deadlock.in(system, world, progressInvariant);
                if (deadlock == null) {
                    return new Run(Arrays.copyOf(taken, steps), hits, Ending.FINISHED);
                }
                hits.add(new Hit(deadlock, steps));
                return new Run(Arrays.copyOf(taken, steps), hits, Ending.DEADLOCK);
            }
            if (steps == maxSteps) {
                return new Run(Arrays.copyOf(taken, steps), hits, Ending.STEP_BOUND);
            }
            int choice = scheduler.choose(moves);
            if (choice < 0) {
                return new Run(Arrays.copyOf(taken, steps), hits, Ending.OUT_OF_CHOICES);
            }
            Move move = moves.get(choice);
            if (steps == taken.length) {
                taken = Arrays.copyOf(taken, steps * 2);
            }
            taken[steps++] = move.fiber() << 16 | move.alternative();
            for (Violation v : move.violations()) {
                hits.add(new Hit(v, steps));
            }
            if (move.fatal()) {
                return new Run(Arrays.copyOf(taken, steps), hits, Ending.FATAL);
            }
            world = move.target();
        }
    }
}
