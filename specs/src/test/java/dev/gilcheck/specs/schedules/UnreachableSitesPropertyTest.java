package dev.gilcheck.specs.schedules;

import dev.gilcheck.checker.random.Ending;
import dev.gilcheck.checker.random.Hit;
import dev.gilcheck.checker.random.Run;
import dev.gilcheck.model.Strategy;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * What the catalogue calls unreachable stays unreachable under thousands of generated schedules of
 * every strategy, each run to its end, its step bound or the end of its choices. The statistics
 * say how the runs ended and how many met a site at all; the property fails if fewer than one run
 * in ten reaches process exit, so it cannot hold just because the runs never got anywhere.
 */
class UnreachableSitesPropertyTest {

    @Property(tries = 6_000, seed = "9901")
    void noScheduleReachesASiteTheCatalogueCallsUnreachable(@ForAll Strategy strategy,
                                                            @ForAll("schedules") List<Integer> choices) {
        DefaultConfiguration config = DefaultConfiguration.of(strategy);
        Run run = config.run(choices);
        Statistics.label("strategy").collect(strategy.id());
        Statistics.label("ending").collect(run.ending());
        Statistics.label("ending").coverage(c -> c.check(Ending.FINISHED).percentage(p -> p >= 10));
        Statistics.label("met a catalogued site").collect(!run.hits().isEmpty());
        for (Hit hit : run.hits()) {
            String site = hit.violation().siteKey();
            if (!config.reachable.contains(site)) {
                throw new AssertionError(strategy.id() + " reaches " + site + ", which its catalogue calls"
                        + " unreachable, after " + hit.steps() + " steps");
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> schedules() {
        return Schedules.bursts();
    }
}
