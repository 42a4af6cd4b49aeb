package dev.gilcheck.checker;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.BfsExplorer;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.checker.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every search mode on the toy systems: same sites as plain breadth-first search, real witnesses, clean stops. */
class SearchModesTest {
    private static final SearchOptions PLAIN = SearchOptions.PLAIN;

    private static SearchResult explore(FiberSystem system, SearchOptions options, Limits limits) {
        return new BfsExplorer(system, limits, "progress", options).explore();
    }

    private static SearchResult explore(FiberSystem system, SearchOptions options) {
        return explore(system, options, Limits.forHeap());
    }

    private static Set<String> sites(SearchResult r) {
        Set<String> out = new TreeSet<>();
        r.witnesses().forEach(w -> out.add(w.violation().siteKey()));
        return out;
    }

    private static List<SearchOptions> modes(boolean reductions) {
        List<SearchOptions> modes = new ArrayList<>(List.of(PLAIN.withOrder(SearchOptions.Order.DFS),
                PLAIN.withFingerprint(true), PLAIN.withThreads(2)));
        if (reductions) {
            modes.addAll(List.of(PLAIN.withSymmetry(true), PLAIN.withPor(true),
                    PLAIN.withSymmetry(true).withPor(true).withThreads(2),
                    PLAIN.withOrder(SearchOptions.Order.DFS).withSymmetry(true).withPor(true)));
        }
        return modes;
    }

    @Test
    void everyModeFindsTheSitesOfPlainSearchAndItsWitnessesReplay() {
        List<FiberSystem> toys = List.of(ToySystems.lostUpdate(), ToySystems.lockOrder(), ToySystems.coin(),
                ToySystems.workers(4), ToySystems.bossAndWorkers(4));
        for (FiberSystem toy : toys) {
            Set<String> expected = sites(explore(toy, PLAIN));
            boolean reductions = toy.symmetry() != null;
            for (SearchOptions mode : modes(reductions)) {
                SearchResult r = explore(toy, mode);
                assertTrue(r.complete());
                assertEquals(expected, sites(r), mode.describe());
                for (Witness w : r.witnesses()) {
                    assertEquals(w.length(), new Replayer(toy).replay(w.schedule()).length(), mode.describe());
                }
            }
        }
    }

    @Test
    void reductionsKeepTheHang() {
        FiberSystem toy = ToySystems.bossAndWorkers(4);
        SearchResult plain = explore(toy, PLAIN);
        assertEquals(Set.of("progress @ boss: wait for every worker"), sites(plain));
        SearchResult reduced = explore(toy, PLAIN.withSymmetry(true).withPor(true));
        assertEquals(sites(plain), sites(reduced));
        assertTrue(reduced.stats().states() < plain.stats().states());
    }

    @Test
    void symmetryAndPartialOrderReductionEachStoreFewerStates() {
        FiberSystem toy = ToySystems.workers(4);
        long plain = explore(toy, PLAIN).stats().states();
        long symmetric = explore(toy, PLAIN.withSymmetry(true)).stats().states();
        long reduced = explore(toy, PLAIN.withPor(true)).stats().states();
        long both = explore(toy, PLAIN.withSymmetry(true).withPor(true)).stats().states();
        assertTrue(symmetric < plain, symmetric + " vs " + plain);
        assertTrue(reduced < plain, reduced + " vs " + plain);
        assertTrue(both < Math.min(symmetric, reduced), both + " vs " + symmetric + ", " + reduced);
    }

    @Test
    void theParallelSearchReportsExactlyWhatTheSequentialOneDoes() {
        for (FiberSystem toy : List.of(ToySystems.workers(5), ToySystems.bossAndWorkers(4), ToySystems.lostUpdate())) {
            for (SearchOptions sequential : List.of(PLAIN.withFingerprint(true), PLAIN.withFingerprint(true).withPor(true),
                    PLAIN.withFingerprint(true).withSymmetry(toy.symmetry() != null).withPor(toy.symmetry() != null))) {
                if (sequential.por() && !toy.declaresPrivateFields()) {
                    continue;
                }
                SearchResult one = explore(toy, sequential);
                for (int threads = 2; threads <= 4; threads++) {
                    SearchResult many = explore(toy, sequential.withThreads(threads));
                    String mode = sequential.withThreads(threads).describe();
                    assertEquals(one.stats().states(), many.stats().states(), mode);
                    assertEquals(one.stats().transitions(), many.stats().transitions(), mode);
                    assertEquals(one.stats().depth(), many.stats().depth(), mode);
                    assertEquals(schedules(one), schedules(many), mode);
                }
            }
        }
    }

    /** Each witness as its violation and its schedule, in the order reported. */
    private static List<String> schedules(SearchResult r) {
        return r.witnesses().stream().map(w -> w.violation().siteKey() + ": " + w.schedule()).toList();
    }

    @Test
    void aSearchThatWouldOutgrowItsMemoryStopsWithWhatItSaw() {
        for (SearchOptions mode : List.of(PLAIN, PLAIN.withFingerprint(true), PLAIN.withThreads(2))) {
            SearchResult r = explore(ToySystems.workers(4), mode, new Limits(Integer.MAX_VALUE, 1024));
            assertFalse(r.complete());
            assertTrue(r.stoppedForMemory(), r.stopMessage());
            assertTrue(r.stats().states() > 0);
        }
    }

    @Test
    void fingerprintSearchesSayHowLikelyACollisionWas() {
        assertTrue(explore(ToySystems.lostUpdate(), PLAIN.withFingerprint(true)).collisionNote()
                .contains("collided"));
        assertEquals("", explore(ToySystems.lostUpdate(), PLAIN).collisionNote());
    }

    @Test
    void reductionsTheSystemDoesNotDeclareAreRefused() {
        assertThrows(BadInputException.class, () -> explore(ToySystems.coin(), PLAIN.withSymmetry(true)));
        assertThrows(BadInputException.class, () -> explore(ToySystems.coin(), PLAIN.withPor(true)));
        assertThrows(BadInputException.class, () -> new SearchOptions(SearchOptions.Order.BFS, false, false, false, 2));
    }
}
