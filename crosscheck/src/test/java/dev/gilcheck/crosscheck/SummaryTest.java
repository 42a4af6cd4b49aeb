package dev.gilcheck.crosscheck;

import dev.gilcheck.checker.search.Verdict;
import dev.gilcheck.crosscheck.port.Site;
import dev.gilcheck.model.Strategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What fails a cross-check: a site only Lincheck reaches fails it; a site Lincheck missed within its budget does not. */
class SummaryTest {
    private static final String TAKE = "tstate-use-after-free @ " + Site.TAKE_READ_TSTATE_INTERP.key();
    private static final String RESTORE = "tstate-use-after-free @ " + Site.RESTORE_READ_TSTATE_INTERP.key();

    private static LincheckSearch.Outcome found(String key) {
        return new LincheckSearch.Outcome(key, 1, 0.1, 10, "report");
    }

    private static StrategyCrossCheck check(Map<String, OurChecker.Witnessed> ours,
                                            Map<String, LincheckSearch.Outcome> lincheck) {
        Strategy s = Strategy.values()[0];
        LincheckSearch.Outcome last = new LincheckSearch.Outcome(null, 1, 0.1, 10, "");
        return new StrategyCrossCheck(s, s.toggles(), new OurChecker(ours, 0.1, true), lincheck, last, null,
                new LinkedHashMap<>());
    }

    @Test
    void aSiteOnlyLincheckReachesIsUnexplained() {
        Summary s = Summary.of(check(Map.of(), Map.of(TAKE, found(TAKE))), KnownDisagreements.none(), false);
        assertEquals(Verdict.SAFE, s.ours());
        assertEquals(List.of("only Lincheck finds " + TAKE), s.unexplained());
    }

    @Test
    void aSiteLincheckMissedIsABudgetLimitNotAFailure() {
        Summary s = Summary.of(check(Map.of(RESTORE, new OurChecker.Witnessed(12, 3, "M D1")), Map.of()),
                KnownDisagreements.none(), false);
        assertEquals(Verdict.VIOLATED, s.ours());
        assertEquals(1, s.lincheckMissed());
        assertTrue(s.unexplained().isEmpty(), s.unexplained().toString());
    }
}
