package dev.gilcheck.junit;

import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.Verdict;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.api.CheckResult;
import dev.gilcheck.model.api.GilCheck;
import dev.gilcheck.model.api.Site;
import dev.gilcheck.model.api.Variant;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import static dev.gilcheck.junit.GilAssertions.assertNoSite;
import static dev.gilcheck.junit.GilAssertions.assertSafe;
import static dev.gilcheck.junit.GilAssertions.assertSite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assertions pass and fail as the checks they run say, and a failure shows the shortest witness. */
class GilAssertionsTest {
    private static final Path STRATEGIES = Path.of("..", "examples", "patch-py313", "strategies");
    private static final Variant PATCHED = GilAssertions.variant(STRATEGIES.resolve("patch-on.yaml"));
    private static final Variant RELEASED = GilAssertions.variant(STRATEGIES.resolve("patch-off.yaml"));
    private static final Invariant HANG = Invariant.MAIN_THREAD_EXITS;
    private static final Bounds SMALL = new Bounds(1, 1, 0, 0);

    @Test
    void thePatchClosesTheHangThatTheReleaseHas() {
        assertNoSite(PATCHED, HANG);
        Site hang = assertSite(RELEASED, HANG);
        assertNoSite(PATCHED, hang.key());
        assertEquals(hang, assertSite(RELEASED, hang.key()));
    }

    @Test
    void aFailureShowsTheShortestWitness() {
        Site hang = assertSite(RELEASED, HANG);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertNoSite(RELEASED, HANG));
        String m = e.getMessage();
        assertTrue(m.startsWith("py313 as released (py313, " + Bounds.DEFAULT + ") reaches " + HANG.id()), m);
        assertTrue(m.contains(hang.key() + "  (shortest witness: " + hang.length() + " steps)"), m);
        assertTrue(m.contains("schedule: " + hang.schedule() + "\n" + hang.trace()), m);
        AssertionFailedError absent = assertThrows(AssertionFailedError.class, () -> assertSite(PATCHED, HANG));
        assertTrue(absent.getMessage().contains("py313 with exit-reset-before-unlock=on"), absent.getMessage());
    }

    @Test
    void assertSafeFollowsTheVerdict() {
        Variant safe = Variant.of(Strategy.BPO_36475);
        assertEquals(Verdict.SAFE, GilAssertions.check(safe, SMALL).verdict());
        assertSafe(safe, SMALL);
        CheckResult r = GilAssertions.check(RELEASED, Bounds.DEFAULT);
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertSafe(RELEASED));
        for (Site s : r.sites()) {
            assertTrue(e.getMessage().contains(s.key() + "  (shortest witness: " + s.length() + " steps)"), s.key());
        }
    }

    @Test
    void aSearchThatStoppedEarlyIsUnknownAndProvesNoAbsence() {
        Variant safe = Variant.of(Strategy.BPO_36475);
        CheckResult stopped = GilCheck.check(safe, Bounds.DEFAULT, new Limits(1000, Long.MAX_VALUE));
        assertEquals(Verdict.UNKNOWN, stopped.verdict());
        assertTrue(stopped.sites().isEmpty());
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertNoSite(stopped, HANG));
        assertTrue(e.getMessage().contains("the search stopped early"), e.getMessage());
        assertNoSite(GilAssertions.check(safe, SMALL), HANG);
    }
}
