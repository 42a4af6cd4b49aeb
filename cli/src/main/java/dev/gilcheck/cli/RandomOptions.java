package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.random.PctScheduler;
import dev.gilcheck.checker.random.Runner;
import dev.gilcheck.checker.random.Scheduler;
import dev.gilcheck.checker.random.UniformRandomScheduler;
import dev.gilcheck.model.Invariant;
import picocli.CommandLine.Option;

/** The seed, the PCT depth and the step bound of random runs. */
final class RandomOptions {
    @Option(names = "--seed", defaultValue = "1", description = "seed of the random choices (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-d", "--depth"}, defaultValue = "3",
            description = "PCT depth: bugs needing this many ordering constraints are found with a known"
                    + " probability; 1 or more (default ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--max-steps", paramLabel = "STEPS",
            description = "cut a run after this many steps, 1 or more (default: 3 x the program points of all"
                    + " threads)")
    Integer maxSteps;

    /** Refuses values that cannot be used, with what to use instead. */
    void check(int runs) {
        if (runs < 1) {
            throw new BadInputException("--runs " + runs + " is out of range: use 1 or more");
        }
        if (depth < 1) {
            throw new BadInputException("--depth " + depth + " is out of range: use 1 (no change points) or more");
        }
        if (maxSteps != null && maxSteps < 1) {
            throw new BadInputException("--max-steps " + maxSteps + " is out of range: use 1 or more");
        }
    }

    /** The runner for {@code system}, with the step bound asked for or the default one. */
    Runner runner(FiberSystem system) {
        return new Runner(system, Invariant.MAIN_THREAD_EXITS.id(),
                maxSteps == null ? Runner.defaultMaxSteps(system) : maxSteps);
    }

    Scheduler random() {
        return new UniformRandomScheduler(seed);
    }

    /** PCT with its change points spread over the steps of every thread's program once. */
    Scheduler pct(FiberSystem system) {
        return new PctScheduler(system.fibers().size(), depth, seed, Runner.programPoints(system));
    }
}
