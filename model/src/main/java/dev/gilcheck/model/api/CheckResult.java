package dev.gilcheck.model.api;

import dev.gilcheck.checker.search.Verdict;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Invariant;
import java.util.List;
import java.util.Optional;

/**
 * What {@link GilCheck#check} found for a variant at some bounds.
 *
 * @param variant    the variant checked
 * @param bounds     the size of the run checked
 * @param verdict    SAFE (every state seen, no site), VIOLATED (at least one site) or UNKNOWN (stopped early)
 * @param sites      the sites reached, in the order the breadth-first search met them (shortest first)
 * @param states     the distinct states the search visited
 * @param stopReason why the search stopped early, or "" when it was complete
 */
public record CheckResult(Variant variant, Bounds bounds, Verdict verdict, List<Site> sites, long states,
                          String stopReason) {

    public CheckResult {
        sites = List.copyOf(sites);
    }

    /** The site with this key, if the check reached it. */
    public Optional<Site> site(String key) {
        return sites.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The sites where {@code invariant} breaks. */
    public List<Site> sites(Invariant invariant) {
        return sites.stream().filter(s -> s.invariant().equals(invariant.id())).toList();
    }

    /** True when the search covered every reachable state: an absent site is then unreachable. */
    public boolean complete() {
        return stopReason.isEmpty();
    }
}
