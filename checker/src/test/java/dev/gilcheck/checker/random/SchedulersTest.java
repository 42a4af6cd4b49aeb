package dev.gilcheck.checker.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.ToySystems;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulersTest {

    private static Run run(FiberSystem system, Scheduler scheduler, int number) {
        return new Runner(system, "progress", Runner.defaultMaxSteps(system)).run(scheduler, number);
    }

    private static String schedule(FiberSystem system, Run run) {
        return new Replayer(system).replay(run.path(run.length())).schedule().toString();
    }

    @Test
    void aChoiceForAFiberThatCannotMoveGoesToTheNextFiberThatCan() {
        FiberSystem system = ToySystems.lockOrder();
        Run r = run(system, new ChoiceScheduler(List.of(0, 0, 0, 0), 2), 0);
        assertEquals("A A A B", schedule(system, r));
        assertEquals(Ending.OUT_OF_CHOICES, r.ending());
    }

    @Test
    void theQuotientOfAChoicePicksTheAlternative() {
        FiberSystem coin = ToySystems.coin();
        assertEquals("C.heads", schedule(coin, run(coin, new ChoiceScheduler(List.of(0), 1), 0)));
        assertEquals(Ending.FATAL, run(coin, new ChoiceScheduler(List.of(0), 1), 0).ending());
        assertEquals("C.tails", schedule(coin, run(coin, new ChoiceScheduler(List.of(1), 1), 0)));
    }

    @Test
    void theSameSeedGivesTheSameRunsAndAnotherSeedOtherRuns() {
        FiberSystem system = RandomToys.checkThenUse(3, 2);
        for (int depth = 0; depth <= 3; depth++) {
            Scheduler a = depth == 0 ? new UniformRandomScheduler(7) : new PctScheduler(3, depth, 7, 10);
            Scheduler b = depth == 0 ? new UniformRandomScheduler(7) : new PctScheduler(3, depth, 7, 10);
            Scheduler c = depth == 0 ? new UniformRandomScheduler(8) : new PctScheduler(3, depth, 8, 10);
            boolean differs = false;
            for (int n = 0; n < 50; n++) {
                Run ra = run(system, a, n);
                assertTrue(Arrays.equals(ra.moves(), run(system, b, n).moves()), "run " + n);
                differs |= !Arrays.equals(ra.moves(), run(system, c, n).moves());
            }
            assertTrue(differs, "depth " + depth);
        }
    }

    @Test
    void aRunIsReproducibleFromItsNumberAlone() {
        FiberSystem system = RandomToys.checkThenUse(3, 2);
        Scheduler s = new PctScheduler(3, 3, 5, 10);
        Run fifth = run(system, s, 5);
        run(system, s, 6);
        assertTrue(Arrays.equals(fifth.moves(), run(system, new PctScheduler(3, 3, 5, 10), 5).moves()));
    }

    @Test
    void pctLeavesASpinLoopInsteadOfRunningIntoTheStepBound() {
        FiberSystem system = RandomToys.spinUntilDone();
        Runner runner = new Runner(system, "progress", 50);
        Exploration e = new RandomExplorer(runner).explore(new PctScheduler(2, 1, 3, 10), 200, (d, n, f) -> { });
        assertEquals(200, e.ended(Ending.FINISHED), e.endings().toString());
    }

    @Test
    void aRunIsCutAtTheStepBound() {
        FiberSystem system = RandomToys.spinUntilDone();
        Run r = new Runner(system, "progress", 10).run(new ChoiceScheduler(Collections.nCopies(100, 0), 2), 0);
        assertEquals(Ending.STEP_BOUND, r.ending());
        assertEquals(10, r.length());
        assertFalse(r.hits().iterator().hasNext());
    }
}
