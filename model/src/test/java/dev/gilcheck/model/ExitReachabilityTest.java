package dev.gilcheck.model;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Schedule;
import dev.gilcheck.checker.engine.Witness;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExitReachabilityTest {
    private final CPythonModel model = new CPythonModel(Strategy.FIX4_A36ADFA, Bounds.DEFAULT);

    @Test
    void theHangsWitnessEndsWhereExitCanNoLongerBeReached() {
        Witness hang = Check.run(model).result().witnesses().stream()
                .filter(w -> w.violation().invariant().equals(Invariant.MAIN_THREAD_EXITS.id()))
                .findFirst().orElseThrow();
        FiberSystem system = model.system();
        assertEquals(ExitReachability.Answer.UNREACHABLE, ExitReachability.after(system, hang.trace()).answer());
    }

    @Test
    void oneStepInExitCanStillBeReached() {
        FiberSystem system = model.system();
        ExitReachability exit = ExitReachability.after(system, new Replayer(system).replay(Schedule.parse("M")));
        assertEquals(ExitReachability.Answer.REACHABLE, exit.answer());
        assertEquals(true, exit.ahead().complete());
    }
}
