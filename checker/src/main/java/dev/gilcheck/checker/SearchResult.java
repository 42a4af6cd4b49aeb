package dev.gilcheck.checker;

import java.util.List;

/**
 * The outcome of an exhaustive search: one witness per violation site, in the order the search
 * met them, and the statistics. {@code complete} is false when a limit stopped the search early;
 * then {@code stopReason} says which, and the absence of a site proves nothing.
 */
public record SearchResult(List<Witness> witnesses, Stats stats, boolean complete, String stopReason,
                           String collisionNote) {

    public SearchResult {
        witnesses = List.copyOf(witnesses);
    }

    public boolean violated() {
        return !witnesses.isEmpty();
    }
}
