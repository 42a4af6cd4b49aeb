package dev.gilcheck.checker.search;

import java.util.List;

/** Told, every few thousand worlds while an exhaustive search runs, how far it got. Called on the searching thread. */
@FunctionalInterface
public interface SearchProgress {
    SearchProgress NONE = snapshot -> { };

    void update(Snapshot snapshot);

    /**
     * How far a search got: worlds stored, steps taken, the deepest level, seconds since it began,
     * and the keys of the violation sites met so far.
     */
    record Snapshot(long states, long transitions, int depth, double seconds, List<String> sites) {
        public Snapshot {
            sites = List.copyOf(sites);
        }

        public double statesPerSecond() {
            return seconds > 0 ? states / seconds : states;
        }
    }
}
