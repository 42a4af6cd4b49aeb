package dev.gilcheck.specs;

import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.parametric.AnyNCheck;
import dev.gilcheck.checker.parametric.ParametricSystem;
import dev.gilcheck.checker.parametric.RestrictionAudit;
import dev.gilcheck.checker.parametric.SiteVerdict;
import dev.gilcheck.checker.parametric.ViewCoverage;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.model.AnyDaemons;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.ParametricModel;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The any-N check against explicit searches, for every strategy in every configuration of its
 * catalogue entry: every site a plain search finds with up to {@link #EXPLICIT_N} daemons is
 * abstractly reachable, with the least N and the shortest witness length the plain searches give;
 * nothing proved unreachable for every N is found there; the views of every world the parametric
 * system reaches with up to {@link #EXPLICIT_N} daemons are in the view set; the certificate check
 * (run by the any-N check itself) passes on it; and every step restricts to the daemons it concerns (the restriction audit) at that N.
 *
 * <p>Plain searches at N = 3 and 4 (0.1 to 37 M states) and the configurations with a C thread or a
 * new thread (0.1 to 1.3 M views, 20 to 100 s for the view set alone, more than a minute each for
 * the audits) would take {@code mvn verify} far past its budget: they are tagged {@code slow} and
 * run with {@code mvn verify -Pslow}, which also audits every strategy's default configuration at
 * N = 3 and checks that every site a symmetry-reduced search finds there at N = 3 and 4 is abstractly
 * reachable.
 */
class AnyDaemonsAgreementTest {
    private static final int EXPLICIT_N = 2;
    private static final int AUDITED_N = 3;
    private static final int SEARCHED_N = 4;

    @TestFactory
    Stream<DynamicTest> daemonsOnly() {
        return configurations(config -> !withOtherThreads(config), AnyDaemonsAgreementTest::agree);
    }

    @Tag("slow")
    @TestFactory
    Stream<DynamicTest> withCThreadsOrNewThreads() {
        return configurations(AnyDaemonsAgreementTest::withOtherThreads, AnyDaemonsAgreementTest::agree);
    }

    @Tag("slow")
    @TestFactory
    Stream<DynamicTest> defaultsAuditedAtThreeAndSearchedAtFourDaemons() {
        return configurations(config -> config.name().equals("default"), model -> {
            ParametricSystem p = ParametricModel.of(model);
            assertNull(RestrictionAudit.firstBreak(p, AUDITED_N, Integer.MAX_VALUE));
            AnyNCheck.Result r = AnyDaemons.check(model, Limits.forHeap());
            assertNull(ViewCoverage.firstMissing(p, r.views().views(), AUDITED_N, Integer.MAX_VALUE));
            for (int n = EXPLICIT_N + 1; n <= SEARCHED_N; n++) {
                // Fingerprints: py314 at N=4 outgrows 3 GB of exact states. A collision can only hide a
                // state, so a site found here is still found; one hidden could not fail this check.
                SearchResult symmetric = Check.run(AnyDaemons.atDaemons(model, n), Limits.forHeap(),
                        SearchOptions.PLAIN.withSymmetry(true).withFingerprint(true)).result();
                assertTrue(symmetric.complete(), symmetric.stopMessage());
                for (Witness w : symmetric.witnesses()) {
                    String invariant = w.violation().invariant();
                    assertTrue(invariant.equals(model.progressInvariant()) || r.views().sites().containsKey(w.violation().siteKey()),
                            w.violation().siteKey() + " found at N=" + n + " is not abstractly reachable");
                }
            }
        });
    }

    private interface ModelCheck {
        void check(CPythonModel model) throws Exception;
    }

    private static Stream<DynamicTest> configurations(Predicate<Catalogue.Configuration> which, ModelCheck check) {
        List<DynamicTest> tests = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            Catalogue c = Catalogue.of(s);
            for (Catalogue.Configuration config : c.configurations()) {
                if (which.test(config)) {
                    tests.add(dynamicTest(s.id() + " / " + config.name(), () -> check.check(c.model(config))));
                }
            }
        }
        return tests.stream();
    }

    /** Whether the configuration has C threads or new threads besides the daemons (0.1 to 1.3 M views). */
    private static boolean withOtherThreads(Catalogue.Configuration config) {
        Catalogue.BoundsSpec b = config.bounds();
        return b.cthreads() != null && b.cthreads() > 0 || b.newThreads() != null && b.newThreads() > 0;
    }

    private static void agree(CPythonModel model) {
        AnyNCheck.Result r = AnyDaemons.check(model, Limits.forHeap());
        assertTrue(r.views().complete(), r.views().stop());
        assertNull(r.unsound());
        Map<String, SiteVerdict> verdicts = new HashMap<>();
        Set<String> unreachable = new HashSet<>();
        for (SiteVerdict v : r.verdicts()) {
            verdicts.put(v.site(), v);
            if (v.kind() == SiteVerdict.Kind.UNREACHABLE) {
                unreachable.add(v.site());
            }
        }
        Set<String> seen = new HashSet<>();
        for (int n = 1; n <= EXPLICIT_N; n++) {
            SearchResult plain = Check.run(AnyDaemons.atDaemons(model, n)).result();
            assertTrue(plain.complete(), plain.stopMessage());
            for (Witness w : plain.witnesses()) {
                String site = w.violation().siteKey();
                assertTrue(!unreachable.contains(w.violation().invariant()),
                        site + " found at N=" + n + " but proved unreachable for every N");
                if (seen.add(site)) {
                    SiteVerdict v = verdicts.get(site);
                    assertTrue(v != null && v.kind() == SiteVerdict.Kind.REACHABLE, site + " found at N=" + n + ": " + v);
                    assertEquals(n, v.leastN(), "least N of " + site);
                    assertEquals(w.length(), v.witness().length(), "shortest witness of " + site + " at N=" + n);
                    if (!w.violation().invariant().equals(model.progressInvariant())) {
                        assertTrue(r.views().sites().containsKey(site), site + " is not abstractly reachable");
                    }
                }
            }
        }
        ParametricSystem p = ParametricModel.of(model);
        for (int n = 1; n <= EXPLICIT_N; n++) {
            assertNull(ViewCoverage.firstMissing(p, r.views().views(), n, Integer.MAX_VALUE));
            assertNull(RestrictionAudit.firstBreak(p, n, Integer.MAX_VALUE));
        }
    }
}
