package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.Replayer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Many runs under one scheduler, tallied per violation site: how many runs met each site, which
 * run met it first, and that run up to the violating step. The same scheduler, seed and number of
 * runs give the same tallies.
 */
public final class RandomExplorer {
    private final Runner runner;

    /** Told after every run how far the exploration got. */
    @FunctionalInterface
    public interface Progress {
        void update(int runsDone, int runs, int sitesFound);
    }

    public RandomExplorer(Runner runner) {
        this.runner = runner;
    }

    private static final class Tally {
        final int firstRun;
        final Run run;
        final Hit hit;
        int hits;

        Tally(int firstRun, Run run, Hit hit) {
            this.firstRun = firstRun;
            this.run = run;
            this.hit = hit;
        }
    }

    public Exploration explore(Scheduler scheduler, int runs, Progress progress) {
        long start = System.nanoTime();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<Ending, Integer> endings = new EnumMap<>(Ending.class);
        long steps = 0;
        int longest = 0;
        for (int r = 0; r < runs; r++) {
            Run run = runner.run(scheduler, r);
            steps += run.length();
            longest = Math.max(longest, run.length());
            endings.merge(run.ending(), 1, Integer::sum);
            Set<String> met = new HashSet<>();
            for (Hit hit : run.hits()) {
                String key = hit.violation().siteKey();
                if (met.add(key)) {
                    int number = r + 1;
                    tallies.computeIfAbsent(key, k -> new Tally(number, run, hit)).hits++;
                }
            }
            progress.update(r + 1, runs, tallies.size());
        }
        Replayer replayer = new Replayer(runner.system());
        List<SiteTally> sites = new ArrayList<>();
        for (Tally t : tallies.values()) {
            sites.add(new SiteTally(t.hit.violation(), t.hits, t.firstRun,
                    replayer.replay(t.run.path(t.hit.steps()))));
        }
        return new Exploration(sites, runs, endings, steps, longest, (System.nanoTime() - start) / 1e9);
    }
}
