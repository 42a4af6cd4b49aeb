package dev.gilcheck.specs.lincheck;

import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.specs.lincheck.port.Build;
import dev.gilcheck.specs.lincheck.port.Silenced;
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
record StrategyCrossCheck(Strategy strategy, OurChecker ours, Map<String, LincheckSearch.Outcome> lincheck,
                          LincheckSearch.Outcome lastRun, String harnessProblem,
                          Map<String, LincheckSearch.Outcome> targeted) {

    /**
     * The runs above, then, if {@code deepInvocations} is positive, one more Lincheck run per site
     * our checker reaches and Lincheck missed, reporting that site only, with that larger budget:
     * does the port reach it at all, or was the budget short?
     */
    static StrategyCrossCheck run(Strategy strategy, Bounds bounds, int invocations, int maxRuns, int deepInvocations) {
        StrategyCrossCheck c = discover(strategy, bounds, invocations, maxRuns);
        if (deepInvocations > 0) {
            Build build = Build.of(strategy.toggles());
            for (Row r : c.rows()) {
                if (r.agreement() == Row.Agreement.LINCHECK_MISSED) {
                    c.targeted.put(r.key(), LincheckSearch.run(build, bounds, Silenced.allBut(r.key()), deepInvocations));
                }
            }
        }
        return c;
    }

    private static StrategyCrossCheck discover(Strategy strategy, Bounds bounds, int invocations, int maxRuns) {
        OurChecker ours = OurChecker.check(strategy, bounds);
        Build build = Build.of(strategy.toggles());
        Map<String, LincheckSearch.Outcome> found = new LinkedHashMap<>();
        LincheckSearch.Outcome last = null;
        String problem = null;
        for (int run = 0; run < maxRuns; run++) {
            last = LincheckSearch.run(build, bounds, Silenced.these(found.keySet()), invocations);
            if (!last.found()) {
                break;
            }
            if (found.containsKey(last.finding())) {
                problem = "Lincheck reported a finding this run was told to pass over: " + last.finding();
                break;
            }
            found.put(last.finding(), last);
        }
        if (problem == null && last != null && last.found()) {
            problem = "stopped after " + maxRuns + " runs, each with a new finding";
        }
        return new StrategyCrossCheck(strategy, ours, found, last, problem, new LinkedHashMap<>());
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

    /** The last Lincheck run found nothing it had not already found, within its whole budget. */
    boolean lincheckExhaustedBudget() {
        return harnessProblem == null && lastRun != null && !lastRun.found();
    }
}
