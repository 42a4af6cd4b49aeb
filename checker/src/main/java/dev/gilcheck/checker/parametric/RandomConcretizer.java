package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.random.Exploration;
import dev.gilcheck.checker.random.PctScheduler;
import dev.gilcheck.checker.random.RandomExplorer;
import dev.gilcheck.checker.random.Runner;
import dev.gilcheck.checker.random.ScheduleShrinker;
import dev.gilcheck.checker.random.SiteTally;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Looks for sites the views reach and no exhaustive search did, by PCT runs at a larger N (Burckhardt,
 * Kothari, Musuvathi, Nagarakatte, "A randomized scheduler with probabilistic guarantees of finding
 * bugs", ASPLOS 2010): a fixed seed and number of runs, so the same system gives the same answer;
 * each site met is shrunk to a replayable witness.
 */
public final class RandomConcretizer {
    /** PCT runs per N, and the depth (change points + 1) they use. */
    public static final int RUNS = 2_000;
    public static final int DEPTH = 3;
    private static final long SEED = 1;

    private RandomConcretizer() {
    }

    /** The shrunk witness of each of {@code sites} that the runs on {@code system} meet. */
    public static Map<String, Witness> find(FiberSystem system, String progressInvariant, Set<String> sites) {
        Runner runner = new Runner(system, progressInvariant, Runner.defaultMaxSteps(system));
        Exploration e = new RandomExplorer(runner).explore(
                new PctScheduler(system.fibers().size(), DEPTH, SEED, Runner.programPoints(system)), RUNS,
                (done, runs, met) -> { });
        ScheduleShrinker shrinker = new ScheduleShrinker(system, progressInvariant);
        Map<String, Witness> found = new LinkedHashMap<>();
        for (SiteTally t : e.sites()) {
            String site = t.violation().siteKey();
            if (sites.contains(site)) {
                found.put(site, shrinker.shrink(t.violation(), t.first().schedule()));
            }
        }
        return found;
    }
}
