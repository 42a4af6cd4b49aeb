package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.Move;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Probabilistic concurrency testing (Burckhardt, Kothari, Musuvathi, Nagarakatte, ASPLOS 2010).
 * Each run gives the fibers distinct random priorities {@code depth .. depth + fibers - 1} and picks
 * {@code depth - 1} change points among the first {@code k} steps; the enabled fiber with the
 * highest priority always runs, and at the {@code i}-th change point the fiber about to run drops
 * to priority {@code i}. In the paper's setting (runs no longer than {@code k}, no cycles) a bug
 * that needs {@code depth} ordering constraints is then found with probability at least
 * {@code 1 / (fibers * k^(depth-1))} per run; the additions below trade that bound for runs that end.
 *
 * <p>Two additions the paper leaves to the implementation: where the running fiber has several
 * alternatives (a timed wait that is signalled or times out), one is picked uniformly; and when a
 * step brings the run back to a world it already visited, the run is in a cycle (a wait that keeps
 * timing out, a lock handed round and round) that fixed priorities would repeat until the step
 * bound, so the fibers' priorities are shuffled. {@code k} is fixed, the length of a typical run
 * rather than the longest possible one: change points spread over a step bound that most runs never
 * reach would mostly never fire. Each run depends only on the seed and its number.
 */
public final class PctScheduler implements Scheduler {
    private final int fibers;
    private final int depth;
    private final long seed;
    private final int k;
    private int steps;
    private SplittableRandom random;
    private final int[] priority;
    private final int[] changePoints;
    private final Set<WorldKey> visited = new HashSet<>();

    /** @param k the number of steps the change points are drawn from */
    public PctScheduler(int fibers, int depth, long seed, int k) {
        if (depth < 1) {
            throw new IllegalArgumentException("PCT depth must be at least 1: " + depth);
        }
        this.fibers = fibers;
        this.depth = depth;
        this.seed = seed;
        this.k = Math.max(1, k);
        this.priority = new int[fibers];
        this.changePoints = new int[depth - 1];
    }

    @Override
    public void newRun(int run) {
        steps = 0;
        random = RunSeeds.forRun(seed, run);
        for (int f = 0; f < fibers; f++) {
            priority[f] = depth + f;
        }
        shuffle();
        for (int i = 0; i < changePoints.length; i++) {
            changePoints[i] = 1 + random.nextInt(k);
        }
        visited.clear();
    }

    @Override
    public int choose(List<Move> enabled) {
        steps++;
        int fiber = highest(enabled);
        for (int i = 0; i < changePoints.length; i++) {
            if (changePoints[i] == steps) {
                priority[fiber] = i + 1;
                fiber = highest(enabled);
            }
        }
        int first = FiberMoves.first(enabled, fiber);
        int chosen = first + random.nextInt(FiberMoves.count(enabled, fiber, first));
        if (!visited.add(new WorldKey(enabled.get(chosen).target()))) {
            shuffle();
        }
        return chosen;
    }

    private void shuffle() {
        for (int f = fibers - 1; f > 0; f--) {
            int j = random.nextInt(f + 1);
            int p = priority[f];
            priority[f] = priority[j];
            priority[j] = p;
        }
    }

    private int highest(List<Move> enabled) {
        int best = -1;
        for (Move m : enabled) {
            if (best < 0 || priority[m.fiber()] > priority[best]) {
                best = m.fiber();
            }
        }
        return best;
    }
}
