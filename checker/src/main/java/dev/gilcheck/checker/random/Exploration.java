package dev.gilcheck.checker.random;

import java.util.List;
import java.util.Map;

/**
 * What many runs under one scheduler met: each violation site, in the order first met, and how the
 * runs ended. Random runs prove nothing by missing a site.
 *
 * @param steps   the steps taken by all runs together
 * @param longest the longest run
 */
public record Exploration(List<SiteTally> sites, int runs, Map<Ending, Integer> endings, long steps, int longest,
                          double seconds) {

    public Exploration {
        sites = List.copyOf(sites);
        endings = Map.copyOf(endings);
    }

    public int ended(Ending ending) {
        return endings.getOrDefault(ending, 0);
    }

    public SiteTally site(String siteKey) {
        for (SiteTally s : sites) {
            if (s.violation().siteKey().equals(siteKey)) {
                return s;
            }
        }
        return null;
    }
}
