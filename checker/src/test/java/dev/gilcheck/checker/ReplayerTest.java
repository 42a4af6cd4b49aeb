package dev.gilcheck.checker;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Schedule;
import dev.gilcheck.checker.engine.Trace;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayerTest {

    private static String error(FiberSystem system, String schedule) {
        return assertThrows(BadInputException.class, () -> new Replayer(system).replay(Schedule.parse(schedule)))
                .getMessage();
    }

    @Test
    void replaysTokensWithAndWithoutTags() {
        Trace t = new Replayer(ToySystems.coin()).replay(Schedule.parse("C.tails"));
        assertEquals("flip: tails", t.steps().get(0).site().key());
        assertEquals("C.tails", t.schedule().toString());
    }

    @Test
    void namesAnUnknownFiber() {
        assertEquals("step 2: unknown fiber 'Z'; this run has A, B", error(ToySystems.lostUpdate(), "A Z"));
    }

    @Test
    void saysWhenAFiberHasFinished() {
        assertTrue(error(ToySystems.lostUpdate(), "A A A").startsWith("step 3 (A): A has finished"));
    }

    @Test
    void saysWhatABlockedFiberWaitsFor() {
        String e = error(ToySystems.lockOrder(), "A B A");
        assertEquals("step 3 (A): A is blocked at locker: lock m2 waits until m2 is free", e);
    }

    @Test
    void asksForATagWhenThereAreAlternatives() {
        assertEquals("step 1: C has several alternatives here; write one of C.heads, C.tails",
                error(ToySystems.coin(), "C"));
        assertEquals("step 1: C.edge is not possible here; C can take C.heads, C.tails",
                error(ToySystems.coin(), "C.edge"));
    }

    @Test
    void refusesStepsAfterAFatalViolation() {
        assertEquals("step 2 (C): the run already ended at step 1 with a fatal violation; drop the steps after it",
                error(ToySystems.coin(), "C.heads C"));
    }
}
