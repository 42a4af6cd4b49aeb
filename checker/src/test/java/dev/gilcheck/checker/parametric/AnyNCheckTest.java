package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.search.BfsExplorer;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchResult;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The any-N check on toys whose answer for every N is known by hand (see {@link ParametricToys}). */
class AnyNCheckTest {
    private static final IntFunction<SearchResult> EXPLICIT = n ->
            new BfsExplorer(ParametricToys.lockAndCounter(n).system(), Limits.forHeap(), ParametricToys.PROGRESS).explore();

    private static Map<String, SiteVerdict> byInvariant(AnyNCheck.Result r) {
        return r.verdicts().stream().collect(Collectors.toMap(v -> v.site().split(" @ ")[0], v -> v, (a, b) -> a));
    }

    @Test
    void leastNPerSiteAndUnreachableForEveryN() {
        AnyNCheck.Result r = AnyNCheck.run(ParametricToys.lockAndCounter(ParametricSystem.SLOTS), new AnyNCheck.Searches(EXPLICIT, 2, 3), 10_000);
        assertTrue(r.certificate());
        Map<String, SiteVerdict> v = byInvariant(r);
        assertEquals(SiteVerdict.Kind.UNREACHABLE, v.get("mutual-exclusion").kind());
        assertEquals(SiteVerdict.Kind.REACHABLE, v.get("second").kind());
        assertEquals(2, v.get("second").leastN());
        assertEquals(SiteVerdict.Kind.REACHABLE, v.get("third").kind());
        assertEquals(3, v.get("third").leastN());
        assertEquals(SiteVerdict.Kind.CHECKED_UP_TO, v.get(ParametricToys.PROGRESS).kind());
        assertEquals(3, v.get(ParametricToys.PROGRESS).leastN());
    }

    @Test
    void aSiteNoSearchedNReachesStaysUnknown() {
        AnyNCheck.Result r = AnyNCheck.run(ParametricToys.lockAndCounter(ParametricSystem.SLOTS), new AnyNCheck.Searches(EXPLICIT, 2, 2), 10_000);
        SiteVerdict third = byInvariant(r).get("third");
        assertEquals(SiteVerdict.Kind.UNKNOWN, third.kind());
        assertEquals(2, third.leastN());
    }

    @Test
    void randomRunsAtALargerNReachASiteTheExhaustiveSearchesDidNot() {
        AnyNCheck.Searches how = new AnyNCheck.Searches(EXPLICIT, 2, 2, (n, sites) -> RandomConcretizer.find(
                ParametricToys.lockAndCounter(n).system(), ParametricToys.PROGRESS, sites), 4);
        SiteVerdict third = byInvariant(AnyNCheck.run(ParametricToys.lockAndCounter(ParametricSystem.SLOTS), how,
                10_000)).get("third");
        assertEquals(SiteVerdict.Kind.REACHABLE_AT, third.kind());
        assertEquals(3, third.leastN());
        assertEquals(3 * 4, third.witness().length(), "three replicas each lock, enter, unlock and count");
        assertEquals("third", third.witness().violation().invariant());
    }

    @Test
    void aViewSetCutShortProvesNothing() {
        AnyNCheck.Result r = AnyNCheck.run(ParametricToys.lockAndCounter(ParametricSystem.SLOTS), new AnyNCheck.Searches(EXPLICIT, 2, 3), 3);
        assertTrue(!r.views().complete() && !r.certificate());
        assertEquals(SiteVerdict.Kind.UNKNOWN, byInvariant(r).get("mutual-exclusion").kind());
    }

    @Test
    void aStepThatDependsOnAReplicaOutsideTheViewsIsReportedNotProved() {
        AnyNCheck.Result r = AnyNCheck.run(ParametricToys.peeking(ParametricSystem.SLOTS), new AnyNCheck.Searches(
                n -> new BfsExplorer(ParametricToys.peeking(n).system(), Limits.forHeap(), ParametricToys.PROGRESS)
                        .explore(), 2, 3), 10_000);
        assertNotNull(r.unsound());
        assertTrue(r.unsound().contains("peek"), r.unsound());
        assertTrue(r.verdicts().stream().noneMatch(v -> v.kind() == SiteVerdict.Kind.UNREACHABLE));
    }

    @Test
    void theCertificateHoldsForTheFixpointAndFailsWithoutAnyOfItsViews() {
        ParametricSystem p = ParametricToys.lockAndCounter(ParametricSystem.SLOTS);
        ViewSet views = ViewFixpoint.run(p, 10_000);
        Set<String> unbroken = Set.of("mutual-exclusion");
        assertNull(CertificateCheck.firstFlaw(p, views.views(), unbroken));
        assertNotNull(CertificateCheck.firstFlaw(p, views.views(), Set.of("mutual-exclusion", "third")));
        for (View v : views.views()) {
            Set<View> fewer = new HashSet<>(views.views());
            fewer.remove(v);
            assertNotNull(CertificateCheck.firstFlaw(p, fewer, unbroken), "the set without " + v);
        }
    }

    @Test
    void theViewsCoverEveryExplicitRunAndEveryStepRestricts() {
        ParametricSystem p = ParametricToys.lockAndCounter(ParametricSystem.SLOTS);
        ViewSet views = ViewFixpoint.run(p, 10_000);
        for (int n = 1; n <= 3; n++) {
            assertNull(ViewCoverage.firstMissing(p, views.views(), n, Integer.MAX_VALUE));
            assertNull(RestrictionAudit.firstBreak(p, n, Integer.MAX_VALUE));
        }
        assertNotNull(ViewCoverage.firstMissing(p, Set.copyOf(List.copyOf(views.views()).subList(0, 1)), 2,
                Integer.MAX_VALUE));
    }
}
