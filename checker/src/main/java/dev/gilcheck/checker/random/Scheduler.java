package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.Move;
import java.util.List;

/**
 * Decides, step by step, which enabled move a run takes. The uniform random walk, PCT and the
 * replay of a list of choices are siblings behind this one interface; the {@link Runner} does the
 * rest (stepping the system, noting violations, ending the run).
 */
public interface Scheduler {

    /** Called before run number {@code run} (counted from 0) starts. */
    void newRun(int run);

    /**
     * Chooses the next step.
     *
     * @param enabled the enabled moves, never empty, in the system's order (fiber, then alternative)
     * @return the index of the chosen move, or -1 to end the run here
     */
    int choose(List<Move> enabled);
}
