package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.Move;
import java.util.List;
import java.util.SplittableRandom;

/** The uniform random walk: every enabled move (each fiber, each alternative) is equally likely. */
public final class UniformRandomScheduler implements Scheduler {
    private final long seed;
    private SplittableRandom random;

    public UniformRandomScheduler(long seed) {
        this.seed = seed;
    }

    @Override
    public void newRun(int run) {
        random = RunSeeds.forRun(seed, run);
    }

    @Override
    public int choose(List<Move> enabled) {
        return random.nextInt(enabled.size());
    }
}
