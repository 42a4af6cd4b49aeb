package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.Move;
import java.util.List;

/** The moves of one fiber within a list of enabled moves, where they sit next to each other. */
final class FiberMoves {
    private FiberMoves() {
    }

    /** The index of {@code fiber}'s first move, or -1 when it has none. */
    static int first(List<Move> enabled, int fiber) {
        for (int i = 0; i < enabled.size(); i++) {
            if (enabled.get(i).fiber() == fiber) {
                return i;
            }
        }
        return -1;
    }

    /** How many moves {@code fiber} has, starting at {@code first}. */
    static int count(List<Move> enabled, int fiber, int first) {
        int n = 0;
        while (first + n < enabled.size() && enabled.get(first + n).fiber() == fiber) {
            n++;
        }
        return n;
    }
}
