package dev.gilcheck.checker;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.BfsExplorer;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BfsExplorerTest {

    private static SearchResult explore(FiberSystem system) {
        return new BfsExplorer(system, Limits.forHeap(), "progress").explore();
    }

    @Test
    void findsTheLostUpdateWithAShortestWitness() {
        FiberSystem system = ToySystems.lostUpdate();
        SearchResult r = explore(system);
        assertTrue(r.complete());
        assertEquals(1, r.witnesses().size());
        Witness w = r.witnesses().get(0);
        assertEquals("no-lost-update", w.violation().invariant());
        assertEquals(shortestByEnumeration(system, "no-lost-update"), w.length());
        Trace again = new Replayer(system).replay(w.schedule());
        assertEquals(w.violation(), again.steps().get(again.length() - 1).violations().get(0));
    }

    /** The length of the shortest schedule that breaks {@code invariant}, by trying every schedule. */
    private static int shortestByEnumeration(FiberSystem system, String invariant) {
        List<long[]> level = new ArrayList<>(List.of(system.initial()));
        for (int depth = 1; !level.isEmpty(); depth++) {
            List<long[]> next = new ArrayList<>();
            for (long[] world : level) {
                for (Move m : system.moves(world, false)) {
                    if (m.violations().stream().anyMatch(v -> v.invariant().equals(invariant))) {
                        return depth;
                    }
                    next.add(m.target());
                }
            }
            level = next;
        }
        return -1;
    }

    @Test
    void reportsTheDeadlockWhereTheProgressFiberIsStuck() {
        SearchResult r = explore(ToySystems.lockOrder());
        assertEquals(1, r.witnesses().size());
        Witness w = r.witnesses().get(0);
        assertEquals("progress", w.violation().invariant());
        assertEquals("locker: lock m2", w.violation().site().key());
        assertEquals(2, w.length());
    }

    @Test
    void aFatalViolationEndsItsRunAndIsNotStored() {
        SearchResult r = explore(ToySystems.coin());
        assertEquals(2, r.stats().states());
        assertEquals(2, r.stats().transitions());
        assertEquals(1, r.stats().depth());
        assertEquals(1, r.witnesses().size());
        assertEquals("no-heads @ flip: heads", r.witnesses().get(0).violation().siteKey());
        assertEquals("C.heads", r.witnesses().get(0).schedule().toString());
    }

    @Test
    void stopsAtTheStateLimitAndSaysSo() {
        SearchResult r = new BfsExplorer(ToySystems.lostUpdate(), new Limits(1, Long.MAX_VALUE), "progress")
                .explore();
        assertFalse(r.complete());
        assertTrue(r.stopMessage().contains("limit of 1 states"), r.stopMessage());
    }

    @Test
    void isDeterministic() {
        SearchResult a = explore(ToySystems.lockOrder());
        SearchResult b = explore(ToySystems.lockOrder());
        assertEquals(a.witnesses().get(0).schedule(), b.witnesses().get(0).schedule());
        assertEquals(a.stats().states(), b.stats().states());
    }
}
