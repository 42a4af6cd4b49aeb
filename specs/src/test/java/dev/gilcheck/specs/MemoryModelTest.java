package dev.gilcheck.specs;

import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.memory.MemoryModel;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.PrivateFieldAudit;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * x86-TSO against sequential consistency, per strategy at the default bounds. Every SC run is a TSO
 * run whose stores reach memory at once, so TSO reaches every world SC reaches and every site:
 * a site may appear under TSO, none may vanish. Each test prints its strategy's line: the states
 * under each model and the sites that appear. Reductions agree under TSO as under SC.
 */
class MemoryModelTest {

    @TestFactory
    Stream<DynamicTest> tsoReachesEverySiteScReaches() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            tests.add(dynamicTest(s.id(), () -> compare(new CPythonModel(s, Bounds.DEFAULT))));
        }
        return tests.stream();
    }

    private static void compare(CPythonModel model) {
        Check sc = Check.run(model);
        Check tso = Check.run(model.under(MemoryModel.TSO));
        assertTrue(sc.result().complete() && tso.result().complete(), "both searches must be complete");
        Map<String, Integer> scSites = sites(sc);
        Map<String, Integer> tsoSites = sites(tso);
        TreeSet<String> vanished = new TreeSet<>(scSites.keySet());
        vanished.removeAll(tsoSites.keySet());
        TreeSet<String> appeared = new TreeSet<>(tsoSites.keySet());
        appeared.removeAll(scSites.keySet());
        System.out.printf("%-22s SC %8d states  TSO %8d states  appear under TSO: %s%n", model.name(),
                sc.result().stats().states(), tso.result().stats().states(), appeared.isEmpty() ? "none" : appeared);
        assertTrue(vanished.isEmpty(), "sites reached under SC but not under TSO: " + vanished);
        assertTrue(tso.result().stats().states() >= sc.result().stats().states(),
                "TSO reaches every world SC reaches, its buffers empty");
    }

    @TestFactory
    Stream<DynamicTest> reductionsAgreeUnderTso() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Strategy s : List.of(Strategy.FIX4_A36ADFA, Strategy.PY310, Strategy.PY312)) {
            CPythonModel model = new CPythonModel(s, Bounds.DEFAULT).under(MemoryModel.TSO);
            tests.add(dynamicTest(s.id(), () -> {
                assertNull(PrivateFieldAudit.firstLeak(model.system(), Integer.MAX_VALUE),
                        "a thread's private fields, on which partial-order reduction rests");
                Map<String, Integer> plain = sites(Check.run(model));
                for (SearchOptions mode : List.of(SearchOptions.PLAIN.withSymmetry(true),
                        SearchOptions.PLAIN.withPor(true))) {
                    assertEquals(plain.keySet(), sites(Check.run(model, Limits.forHeap(), mode)).keySet(), mode.toString());
                }
                assertEquals(plain, sites(Check.run(model, Limits.forHeap(), SearchOptions.PLAIN.withSymmetry(true))),
                        "symmetry keeps each witness shortest");
            }));
        }
        return tests.stream();
    }

    private static Map<String, Integer> sites(Check c) {
        Map<String, Integer> out = new TreeMap<>();
        for (Witness w : c.result().witnesses()) {
            out.put(w.violation().siteKey(), w.length());
        }
        return out;
    }
}
