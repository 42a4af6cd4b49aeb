package dev.gilcheck.checker.search;

/**
 * What a search did: distinct worlds, steps taken, the deepest level reached, time, the bytes of all
 * its data (visited set, queue and the bookkeeping for witnesses and the hang check) and of its
 * visited set alone, and when the first violation was met (the time to a VIOLATED verdict; NaN if none).
 */
public record Stats(long states, long transitions, int depth, double seconds, long bytes, long storeBytes,
                    double firstViolationSeconds) {

    public double statesPerSecond() {
        return seconds > 0 ? states / seconds : states;
    }

    /** Bytes of all search data per state. */
    public long bytesPerState() {
        return bytes / Math.max(1, states);
    }

    /** Bytes of the visited set per state. */
    public long storeBytesPerState() {
        return storeBytes / Math.max(1, states);
    }
}
