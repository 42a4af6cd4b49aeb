package dev.gilcheck.specs;

import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every strategy, checked exhaustively in every configuration of its catalogue entry: the sites
 * the search computes must be exactly the sites the catalogue expects, and every witness must
 * replay to the same violation. States, transitions and shortest lengths must equal the oracle's.
 */
class CatalogueTest {

    @TestFactory
    Stream<DynamicTest> computedSitesMatchTheCatalogue() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            Catalogue c = Catalogue.of(s);
            for (Catalogue.Configuration config : c.configurations()) {
                tests.add(dynamicTest(s.id() + " / " + config.name(), () -> check(c, config)));
            }
        }
        return tests.stream();
    }

    private static void check(Catalogue c, Catalogue.Configuration config) {
        CPythonModel model = c.model(config);
        SearchResult r = Check.run(model).result();
        assertTrue(r.complete(), r.stopMessage());
        assertEquals(Oracle.recorded(c.strategy(), config.name()), Oracle.computed(c.strategy(), config.name(), r),
                "the oracle's numbers moved (a new configuration needs its row recorded in oracle/oracle.tsv)");
        Set<String> computed = r.witnesses().stream().map(w -> w.violation().siteKey())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = config.reachable().stream().map(Catalogue.Expected::site)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, computed, "reachable sites of " + c.strategy() + " / " + config.name());
        reasonsNameTheThreadThatMakesTheAccess(config, r);
        Replayer replayer = new Replayer(model.system());
        for (Witness w : r.witnesses()) {
            Trace again = replayer.replay(w.schedule());
            assertEquals(w.length(), again.length());
            if (w.length() > 0 && !w.violation().invariant().equals("main-thread-exits")) {
                List<Violation> last = again.steps().get(again.length() - 1).violations();
                assertTrue(last.contains(w.violation()), w.violation() + " not at the end of its replay");
            }
        }
    }

    /**
     * A use after free made by the main thread or a C thread (the thread of the witness's last step)
     * must be said so in the site's reason: the reader would otherwise blame a daemon.
     */
    private static void reasonsNameTheThreadThatMakesTheAccess(Catalogue.Configuration config, SearchResult r) {
        Map<String, String> why = config.reachable().stream()
                .collect(Collectors.toMap(Catalogue.Expected::site, Catalogue.Expected::why));
        for (Witness w : r.witnesses()) {
            if (!w.violation().invariant().endsWith("use-after-free") || w.length() == 0) {
                continue;
            }
            String fiber = w.trace().steps().get(w.length() - 1).fiber();
            String named = fiber.equals("M") ? "main thread" : fiber.startsWith("C") ? "C thread" : null;
            String site = w.violation().siteKey();
            assertTrue(named == null || why.get(site).contains(named),
                    config.name() + ": " + site + " is reached by " + fiber + ", so its reason must name the " + named);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEntryIsComplete() {
        return Stream.of(Strategy.values()).map(s -> dynamicTest(s.id(), () -> {
            Catalogue c = Catalogue.of(s);
            assertFalse(c.story().isBlank());
            assertTrue(c.bug().startsWith("https://"));
            assertTrue(c.configurations().stream().anyMatch(x -> x.name().equals("default")));
            Set<String> names = new TreeSet<>();
            for (Catalogue.Configuration config : c.configurations()) {
                assertTrue(names.add(config.name()), "configuration named twice: " + config.name());
                for (Catalogue.Expected e : config.reachable()) {
                    assertFalse(e.why() == null || e.why().isBlank(), "no reason for " + e.site());
                }
            }
        }));
    }
}
