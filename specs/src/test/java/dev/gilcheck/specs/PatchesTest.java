package dev.gilcheck.specs;

import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every proposed patch of docs/findings.md, checked exhaustively in every configuration of its
 * strategy's catalogue entry: the computed sites are the catalogue's less those the patch closes
 * (plus those it opens, where patches.yaml says a patch is not enough on its own).
 */
class PatchesTest {

    @TestFactory
    Stream<DynamicTest> eachPatchClosesItsSitesAndOpensNoOther() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Patches.Patch p : Patches.load().patches()) {
            for (Catalogue.Configuration config : p.catalogue().configurations()) {
                tests.add(dynamicTest(p.label() + " / " + config.name(), () -> {
                    SearchResult r = Check.run(p.model(config)).result();
                    assertTrue(r.complete(), r.stopMessage());
                    Set<String> computed = r.witnesses().stream().map(w -> w.violation().siteKey())
                            .collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(p.expected(config), computed, p.label() + " / " + config.name());
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyClosedSiteIsReachableWithoutThePatch() {
        for (Patches.Patch p : Patches.load().patches()) {
            assertFalse(p.closes().isEmpty(), p.label() + " closes nothing");
            Set<String> unpatched = new TreeSet<>();
            p.catalogue().configurations().forEach(c -> c.reachable().forEach(e -> unpatched.add(e.site())));
            for (String site : p.closes()) {
                assertTrue(unpatched.contains(site), p.label() + " closes " + site + ", which the catalogue never reaches");
            }
        }
    }
}
