package dev.gilcheck.specs.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.gilcheck.checker.random.Exploration;
import dev.gilcheck.checker.random.PctScheduler;
import dev.gilcheck.checker.random.RandomExplorer;
import dev.gilcheck.checker.random.Runner;
import dev.gilcheck.checker.random.Scheduler;
import dev.gilcheck.checker.random.SiteTally;
import dev.gilcheck.checker.random.UniformRandomScheduler;
import dev.gilcheck.model.Strategy;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The random explorers against the exhaustive search, every strategy at its default configuration:
 * neither the random walk nor PCT ever reports a site the exhaustive search does not reach, and
 * between them, given enough runs, they meet every site it does reach. Each finds sites the other
 * practically never meets (the walk rarely keeps one thread running long; PCT rarely switches at
 * the exact step), so it is the pair that must cover. Runs go in batches, seeds 1, 2, 3, ..., until
 * every site is met or the budget is spent; the batches are deterministic. A bug's PCT depth is not
 * known in advance (the rarest site here needs 5), so PCT's batches cycle through depths 2 to 5.
 */
class RandomExplorersTest {
    private static final int BATCH = 20_000;
    private static final int MAX_BATCHES = 25;
    private static final int MIN_DEPTH = 2;
    private static final int MAX_DEPTH = 5;

    @TestFactory
    Stream<DynamicTest> randomAndPctMeetExactlyTheSitesTheExhaustiveSearchReaches() {
        return Stream.of(Strategy.values()).map(s -> dynamicTest(s.id(), () -> check(DefaultConfiguration.of(s))));
    }

    private static void check(DefaultConfiguration config) {
        Set<String> exhaustive = config.exhaustive.keySet();
        RandomExplorer explorer = new RandomExplorer(config.runner());
        int fibers = config.system.fibers().size();
        int k = Runner.programPoints(config.system);
        Set<String> met = new TreeSet<>();
        int batches = 0;
        while (batches < MAX_BATCHES && !met.containsAll(exhaustive)) {
            batches++;
            for (Scheduler scheduler : List.of(new UniformRandomScheduler(batches),
                    new PctScheduler(fibers, MIN_DEPTH + (batches - 1) % (MAX_DEPTH - MIN_DEPTH + 1), batches, k))) {
                Exploration e = explorer.explore(scheduler, BATCH, (done, runs, sites) -> { });
                for (SiteTally t : e.sites()) {
                    String site = t.violation().siteKey();
                    assertTrue(exhaustive.contains(site), scheduler.getClass().getSimpleName() + " batch " + batches
                            + " run " + t.firstRun() + " meets " + site + ", which the exhaustive search does not"
                            + " reach: " + t.first().schedule());
                    met.add(site);
                }
            }
        }
        assertEquals(new TreeSet<>(exhaustive), met, "sites met in " + batches * BATCH + " random and as many PCT runs"
                + " (a hang that is a livelock, not a deadlock, would need the exhaustive search)");
    }
}
