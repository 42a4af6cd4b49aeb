package dev.gilcheck.checker.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.checker.search.BfsExplorer;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Schedule;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.checker.ToySystems;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.Witness;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplorerAndShrinkerTest {

    private static SearchResult bfs(FiberSystem system) {
        return new BfsExplorer(system, Limits.forHeap(), "progress").explore();
    }

    private static Exploration explore(FiberSystem system, Scheduler scheduler, int runs) {
        Runner runner = new Runner(system, "progress", Runner.defaultMaxSteps(system));
        return new RandomExplorer(runner).explore(scheduler, runs, (d, n, f) -> { });
    }

    private static Witness bfsWitness(SearchResult r, String siteKey) {
        return r.witnesses().stream().filter(w -> w.violation().siteKey().equals(siteKey)).findFirst().orElseThrow();
    }

    @Test
    void everySiteFoundIsOneTheExhaustiveSearchFindsAndItsFirstRunEndsThere() {
        for (FiberSystem system : List.of(RandomToys.checkThenUse(3, 2), ToySystems.lostUpdate(), ToySystems.lockOrder())) {
            SearchResult exhaustive = bfs(system);
            for (Scheduler s : List.of(new UniformRandomScheduler(1), new PctScheduler(system.fibers().size(), 2, 1, 8))) {
                Exploration e = explore(system, s, 2000);
                assertEquals(exhaustive.witnesses().size(), e.sites().size(), s.getClass().getSimpleName());
                for (SiteTally t : e.sites()) {
                    bfsWitness(exhaustive, t.violation().siteKey());
                    assertTrue(t.hits() >= 1 && t.hits() <= e.runs() && t.firstRun() >= 1);
                    Trace again = new Replayer(system).replay(t.first().schedule());
                    assertEquals(t.first().length(), again.length());
                }
            }
        }
    }

    @Test
    void aDeadlockIsNamedWhereTheExhaustiveSearchNamesTheHang() {
        FiberSystem system = ToySystems.lockOrder();
        Exploration e = explore(system, new UniformRandomScheduler(3), 200);
        String hang = bfs(system).witnesses().get(0).violation().siteKey();
        assertNotNull(e.site(hang), e.sites().toString());
        assertEquals(e.ended(Ending.DEADLOCK), e.site(hang).hits());
    }

    @Test
    void shrinkingDropsTheStepsTheViolationDoesNotNeed() {
        FiberSystem system = RandomToys.checkThenUse(4, 6);
        SiteTally first = explore(system, new UniformRandomScheduler(11), 500).sites().get(0);
        assertTrue(first.first().schedule().tokens().stream().anyMatch(t -> t.fiber().equals("B")));
        Witness shrunk = new ScheduleShrinker(system, "progress").shrink(first.violation(), first.first().schedule());
        assertEquals(bfsWitness(bfs(system), first.violation().siteKey()).length(), shrunk.length());
        Trace again = new Replayer(system).replay(shrunk.schedule());
        assertTrue(again.steps().get(again.length() - 1).violations().contains(first.violation()));
    }

    @Test
    void aScheduleThatDoesNotReproduceTheViolationIsRefused() {
        FiberSystem system = RandomToys.checkThenUse(1, 1);
        Witness w = bfs(system).witnesses().get(0);
        assertThrows(IllegalArgumentException.class,
                () -> new ScheduleShrinker(system, "progress").shrink(w.violation(), Schedule.parse("C C W")));
    }
}
