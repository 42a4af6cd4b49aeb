package dev.gilcheck.checker.random;

import java.util.ArrayList;
import java.util.List;

/**
 * One run: the moves it took, packed as {@code fiber << 16 | alternative}, the violations it met
 * in order, and how it ended.
 */
public record Run(int[] moves, List<Hit> hits, Ending ending) {

    public Run {
        moves = moves.clone();
        hits = List.copyOf(hits);
    }

    public int length() {
        return moves.length;
    }

    /** The first {@code steps} moves as (fiber, alternative) pairs, the form {@code Replayer} replays. */
    public List<int[]> path(int steps) {
        List<int[]> path = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            path.add(new int[] {moves[i] >>> 16, moves[i] & 0xFFFF});
        }
        return path;
    }
}
