package dev.gilcheck.specs;

import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.PrivateFieldAudit;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The agreement matrix: for every strategy at every configuration of its catalogue entry, each search
 * mode (depth-first, fingerprints, symmetry, partial-order reduction, parallel, and combinations)
 * reports exactly the violation sites plain breadth-first search reports. Reductions change state
 * counts, never verdicts. Every witness of every mode replays on the unreduced system to its
 * violation; breadth-first modes without partial-order reduction keep each witness shortest; a
 * parallel search reports exactly the states, transitions and witnesses of one thread. First,
 * an audit over every reachable world checks that no thread touches another's private fields.
 */
class ReductionAgreementTest {
    private static final SearchOptions BFS = SearchOptions.PLAIN;
    private static final List<SearchOptions> MODES = List.of(
            BFS.withOrder(SearchOptions.Order.DFS),
            BFS.withFingerprint(true),
            BFS.withSymmetry(true),
            BFS.withPor(true),
            BFS.withThreads(2),
            BFS.withSymmetry(true).withPor(true).withThreads(2),
            BFS.withOrder(SearchOptions.Order.DFS).withFingerprint(true).withSymmetry(true).withPor(true));

    @TestFactory
    Stream<DynamicTest> everyModeFindsThePlainSites() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            Catalogue c = Catalogue.of(s);
            for (Catalogue.Configuration config : c.configurations()) {
                tests.add(dynamicTest(s.id() + " / " + config.name(), () -> agree(c.model(config))));
            }
        }
        return tests.stream();
    }

    private static void agree(CPythonModel model) {
        assertNull(PrivateFieldAudit.firstLeak(model.system(), Integer.MAX_VALUE),
                "a thread's private fields, on which partial-order reduction rests");
        SearchResult plain = Check.run(model).result();
        assertTrue(plain.complete(), plain.stopMessage());
        Map<String, Integer> expected = lengths(plain);
        Replayer unreduced = new Replayer(model.system());
        for (SearchOptions mode : MODES) {
            SearchResult r = Check.run(model, Limits.forHeap(), mode).result();
            String label = model.strategy().id() + " " + model.bounds() + " with " + mode.describe();
            assertTrue(r.complete(), label + ": " + r.stopMessage());
            Map<String, Integer> found = lengths(r);
            assertEquals(expected.keySet(), found.keySet(), label + ": violation sites");
            if (mode.order() == SearchOptions.Order.BFS && !mode.por()) {
                assertEquals(expected, found, label + ": shortest witness lengths");
            }
            assertTrue(r.stats().states() <= plain.stats().states(), label + ": more states than plain search");
            if (mode.parallel()) {
                sameAsOneThread(model, mode, r, label);
            }
            for (Witness w : r.witnesses()) {
                Trace again = unreduced.replay(w.schedule());
                assertEquals(w.length(), again.length(), label + ": " + w.violation().siteKey());
                if (!w.violation().invariant().equals("main-thread-exits")) {
                    assertTrue(again.steps().get(again.length() - 1).violations().contains(w.violation()),
                            label + ": witness for " + w.violation().siteKey() + " does not end in it");
                }
            }
        }
    }

    /** A parallel search reports what the one-thread search with the same options does: counts and witnesses. */
    private static void sameAsOneThread(CPythonModel model, SearchOptions mode, SearchResult parallel, String label) {
        SearchResult one = Check.run(model, Limits.forHeap(), mode.withThreads(1)).result();
        assertEquals(one.stats().states(), parallel.stats().states(), label + ": states of one thread");
        assertEquals(one.stats().transitions(), parallel.stats().transitions(), label + ": transitions of one thread");
        assertEquals(one.stats().depth(), parallel.stats().depth(), label + ": depth of one thread");
        assertEquals(schedules(one), schedules(parallel), label + ": witnesses of one thread");
    }

    private static List<String> schedules(SearchResult r) {
        return r.witnesses().stream().map(w -> w.violation().siteKey() + ": " + w.schedule()).toList();
    }

    private static Map<String, Integer> lengths(SearchResult r) {
        Map<String, Integer> out = new TreeMap<>();
        for (Witness w : r.witnesses()) {
            out.put(w.violation().siteKey(), w.length());
        }
        return out;
    }
}
