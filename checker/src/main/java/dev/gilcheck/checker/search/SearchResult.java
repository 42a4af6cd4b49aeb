package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.Witness;
import java.util.List;

/**
 * The outcome of an exhaustive search: one witness per violation site, in the order the search
 * met them, and the statistics. {@code stop} is null when the search covered every reachable world;
 * otherwise it says which limit stopped it, and the absence of a site proves nothing.
 */
public record SearchResult(List<Witness> witnesses, Stats stats, Stop stop, String collisionNote) {

    public SearchResult {
        witnesses = List.copyOf(witnesses);
    }

    public boolean violated() {
        return !witnesses.isEmpty();
    }

    /** Whether the search covered every reachable world. */
    public boolean complete() {
        return stop == null;
    }

    /** VIOLATED when a witness was found, else SAFE when the search was complete, else UNKNOWN. */
    public Verdict verdict() {
        return violated() ? Verdict.VIOLATED : complete() ? Verdict.SAFE : Verdict.UNKNOWN;
    }

    /** The sentence saying why the search stopped early, or null when it was complete. */
    public String stopMessage() {
        return stop == null ? null : stop.message();
    }

    /** Whether the search stopped because memory ran short. */
    public boolean stoppedForMemory() {
        return stop != null && stop.reason() == StopReason.MEMORY;
    }
}
