package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.Move;
import java.util.List;

/**
 * Replays a list of choices, one per step, the input a property-based test generates. Choice
 * {@code c} names fiber {@code c mod fibers}; when that fiber cannot move, the next fiber in
 * order that can is taken (wrapping round), so every list of non-negative numbers is a run. Where
 * the fiber has several alternatives, {@code (c / fibers) mod alternatives} picks one. Choice 0 is
 * the first enabled fiber's first alternative, so shrinking choices towards 0 means fewer switches.
 * The run ends when the list does.
 */
public final class ChoiceScheduler implements Scheduler {
    private final List<Integer> choices;
    private final int fibers;
    private int next;

    public ChoiceScheduler(List<Integer> choices, int fibers) {
        for (int c : choices) {
            if (c < 0) {
                throw new IllegalArgumentException("choices must not be negative: " + c);
            }
        }
        this.choices = List.copyOf(choices);
        this.fibers = fibers;
    }

    @Override
    public void newRun(int run) {
        next = 0;
    }

    @Override
    public int choose(List<Move> enabled) {
        if (next == choices.size()) {
            return -1;
        }
        int c = choices.get(next++);
        for (int k = 0; k < fibers; k++) {
            int fiber = (c % fibers + k) % fibers;
            int first = FiberMoves.first(enabled, fiber);
            if (first >= 0) {
                return first + (c / fibers) % FiberMoves.count(enabled, fiber, first);
            }
        }
        throw new IllegalStateException("no enabled move belongs to any of the " + fibers + " fibers");
    }
}
