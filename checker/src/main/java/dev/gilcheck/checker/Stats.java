package dev.gilcheck.checker;

/** What a search did: distinct worlds, steps taken, the deepest level reached, time and memory. */
public record Stats(long states, long transitions, int depth, double seconds, long bytes) {

    public double statesPerSecond() {
        return seconds > 0 ? states / seconds : states;
    }
}
