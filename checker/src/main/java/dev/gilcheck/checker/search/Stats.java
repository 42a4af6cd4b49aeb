package dev.gilcheck.checker.search;

/**
 * What a search did: distinct worlds, steps taken, the deepest level reached, time and memory of
 * search data, and when the first violation was met (the time to a VIOLATED verdict; NaN if none).
 */
public record Stats(long states, long transitions, int depth, double seconds, long bytes,
                    double firstViolationSeconds) {

    public Stats(long states, long transitions, int depth, double seconds, long bytes) {
        this(states, transitions, depth, seconds, bytes, Double.NaN);
    }

    public double statesPerSecond() {
        return seconds > 0 ? states / seconds : states;
    }
}
