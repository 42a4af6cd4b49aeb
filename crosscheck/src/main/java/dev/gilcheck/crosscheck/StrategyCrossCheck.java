package dev.gilcheck.crosscheck;

import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggles;
import dev.gilcheck.crosscheck.port.Build;
import dev.gilcheck.crosscheck.port.Silenced;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One strategy, both checkers. Lincheck is run again and again on the port, each run passing
 * over the findings already made, until a run ends with nothing new within its budget; our
 * checker's verdict is computed alongside and only compared afterwards, so neither steers the
 * other (only the optional targeted runs look for a site because our checker reaches it).
 */
record StrategyCrossCheck(Strategy strategy, Toggles toggles, OurChecker ours, Map<String, LincheckSearch.Outcome> lincheck,
                          LincheckSearch.Outcome lastRun, String harnessProblem,
                          Map<String, LincheckSearch.Outcome> targeted) {

    /**
     * The runs above, then, if {@code deepInvocations} is positive, more Lincheck runs for each site
     * our checker reaches and Lincheck missed, reporting that site only, with a larger budget, one
     * daemon first and then each more up to the bounds, until one finds it: does the port reach it
     * at all, or was the budget short? Only which site to report comes from our checker, never how
     * to get there.
     */
    static StrategyCrossCheck run(Strategy strategy, Toggles toggles, Bounds bounds, Budget budget) {
        StrategyCrossCheck c = discover(strategy, toggles, bounds, budget);
        if (budget.deepInvocations() > 0) {
            Build build = Build.of(toggles);
            for (Row r : c.rows()) {
                if (r.agreement() == Row.Agreement.LINCHECK_MISSED) {
                    c.targeted.put(r.key(), targeted(build, bounds, r.key(), budget.deepInvocations()));
                }
            }
        }
        return c;
    }

    /**
     * A targeted search: {@code invocations} with 1 daemon, a quarter as many with 2, and so on
     * (divided by the square of the daemon count: an invocation with more threads costs more, and
     * the deepest sites, the reason for targeted runs, are within reach only of the small scenario).
     */
    private static LincheckSearch.Outcome targeted(Build build, Bounds bounds, String key, int invocations) {
        LincheckSearch.Outcome o = null;
        for (Bounds size : scenarioSizes(bounds)) {
            int budget = invocations / Math.max(1, size.daemons() * size.daemons());
            o = LincheckSearch.run(build, size, Silenced.allBut(key), budget);
            if (o.found()) {
                break;
            }
        }
        return o;
    }

    /** The scenarios Lincheck is run on, smallest first: 1 daemon thread, then each more up to the bounds. */
    private static List<Bounds> scenarioSizes(Bounds bounds) {
        List<Bounds> sizes = new ArrayList<>();
        for (int daemons = Math.min(1, bounds.daemons()); daemons <= bounds.daemons(); daemons++) {
            sizes.add(new Bounds(daemons, bounds.loops(), bounds.releases(), bounds.cthreads()));
        }
        return sizes;
    }

    /**
     * Lincheck's search, scenario by scenario: first with one daemon thread, then with each more up
     * to the bounds. A run with fewer daemons is a run of the full bounds in which the others never
     * leave their system call, so what it finds is a finding at the bounds; and with fewer threads
     * and switch points, Lincheck gets to interleavings with more thread switches within its budget.
     */
    private static StrategyCrossCheck discover(Strategy strategy, Toggles toggles, Bounds bounds, Budget budget) {
        OurChecker ours = OurChecker.check(strategy, toggles, bounds);
        Build build = Build.of(toggles);
        Map<String, LincheckSearch.Outcome> found = new LinkedHashMap<>();
        Search search = new Search(null, null);
        for (Bounds size : scenarioSizes(bounds)) {
            if (search.problem == null) {
                search = runsUntilNothingNew(build, size, budget.invocations(), budget.maxRuns(), found);
            }
        }
        return new StrategyCrossCheck(strategy, toggles, ours, found, search.last, search.problem, new LinkedHashMap<>());
    }

    /** The last run of a search, and what went wrong with the search if anything did. */
    private record Search(LincheckSearch.Outcome last, String problem) {
    }

    /** Lincheck runs on one scenario, each passing over {@code found} and adding to it, until one finds nothing new. */
    private static Search runsUntilNothingNew(Build build, Bounds size, int invocations, int maxRuns,
                                              Map<String, LincheckSearch.Outcome> found) {
        LincheckSearch.Outcome last = null;
        for (int run = 0; run < maxRuns; run++) {
            last = LincheckSearch.run(build, size, Silenced.these(found.keySet()), invocations);
            if (!last.found()) {
                return new Search(last, null);
            }
            if (found.containsKey(last.finding())) {
                return new Search(last, "Lincheck reported a finding this run was told to pass over: " + last.finding());
            }
            found.put(last.finding(), last);
        }
        return new Search(last, "stopped after " + maxRuns + " runs, each with a new finding");
    }

    /** Every site either side reports, ours first. */
    List<Row> rows() {
        Set<String> keys = new LinkedHashSet<>(ours.findings().keySet());
        keys.addAll(lincheck.keySet());
        List<Row> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(new Row(strategy, key, ours.findings().get(key), lincheck.get(key), targeted.get(key)));
        }
        return rows;
    }

    /** Whether the strategy is checked as it is, no toggle changed: the ledger of disagreements is about that. */
    boolean asIs() {
        return toggles.equals(strategy.toggles());
    }

    /** The last Lincheck run found nothing it had not already found, within its whole budget. */
    boolean lincheckExhaustedBudget() {
        return harnessProblem == null && lastRun != null && !lastRun.found();
    }
}
