package dev.gilcheck.crosscheck;

import dev.gilcheck.checker.search.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * One strategy cross-checked, in numbers.
 *
 * @param strategy       the strategy's id
 * @param ours           our checker's verdict
 * @param ourSites       the sites our checker reaches
 * @param lincheckSites  the sites Lincheck reaches on the port
 * @param agreed         sites both reach
 * @param notObservable  sites of ours the port cannot report (no such check or step in the port)
 * @param lincheckMissed sites of ours Lincheck did not reach within its budget (not a failure: a budget)
 * @param explained      disagreements known-disagreements.tsv explains
 * @param unexplained    what nobody has explained: a site only Lincheck reaches, a broken search, a stale
 *                       ledger entry; any of them fails the cross-check
 */
public record Summary(String strategy, Verdict ours, int ourSites, int lincheckSites, int agreed, int notObservable,
                      int lincheckMissed, int explained, List<String> unexplained) {

    static Summary of(StrategyCrossCheck c, KnownDisagreements known, boolean ledgerComplete) {
        int lincheckSites = 0;
        int agreed = 0;
        int notObservable = 0;
        int missed = 0;
        int explained = 0;
        List<String> unexplained = new ArrayList<>();
        if (c.harnessProblem() != null) {
            unexplained.add(c.harnessProblem());
        }
        for (Row r : c.rows()) {
            Row.Agreement a = r.agreement();
            lincheckSites += r.lincheckFinding() != null ? 1 : 0;
            agreed += a == Row.Agreement.BOTH_REACH || a == Row.Agreement.BOTH_REACH_TARGETED ? 1 : 0;
            notObservable += a == Row.Agreement.NOT_OBSERVABLE ? 1 : 0;
            missed += a == Row.Agreement.LINCHECK_MISSED ? 1 : 0;
            boolean isExplained = known.explain(r) != null;
            explained += isExplained ? 1 : 0;
            if (a == Row.Agreement.ONLY_LINCHECK && !isExplained) {
                unexplained.add("only Lincheck finds " + r.key());
            }
        }
        if (ledgerComplete) {
            unexplained.addAll(known.stale(c));
        }
        return new Summary(c.strategy().id(), c.ours().verdict(), c.ours().findings().size(), lincheckSites, agreed,
                notObservable, missed, explained, List.copyOf(unexplained));
    }
}
