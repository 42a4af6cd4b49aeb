package dev.gilcheck.specs.schedules;

import dev.gilcheck.checker.random.Hit;
import dev.gilcheck.checker.random.Run;
import java.util.List;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * jqwik as a schedule fuzzer: for every site the catalogue calls reachable, the claim "no schedule
 * reaches it" must be falsified, and the failing schedule shrunk to a short witness. {@link
 * EveryCatalogueSite} runs the property once per site and checks what jqwik found. A site costs
 * tries only until it is found; the budget is set by the rarest site, py310's reset of the drop
 * request in the freed interpreter (40 steps, about one run in 600 of uniformly drawn bursts).
 */
class ReachableSitesPropertyTest {

    @Property(tries = 30_000, seed = "1856", shrinking = ShrinkingMode.FULL, afterFailure = AfterFailureMode.RANDOM_SEED)
    @AddLifecycleHook(EveryCatalogueSite.class)
    void noScheduleReachesTheTargetSite(@ForAll("schedules") List<Integer> choices) {
        EveryCatalogueSite.Target target = EveryCatalogueSite.target();
        Run run = target.config().run(choices);
        for (Hit hit : run.hits()) {
            if (hit.violation().siteKey().equals(target.site())) {
                throw new AssertionError("reaches " + target.site() + " after " + hit.steps() + " steps");
            }
        }
    }

    @Provide
    Arbitrary<List<Integer>> schedules() {
        return Schedules.bursts();
    }
}
