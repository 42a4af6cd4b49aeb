package dev.gilcheck.checker.random;

import java.util.SplittableRandom;

/** One independent random stream per run, derived from the user's seed and the run's number. */
final class RunSeeds {
    private RunSeeds() {
    }

    static SplittableRandom forRun(long seed, int run) {
        return new SplittableRandom(mix(mix(seed) + run));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
