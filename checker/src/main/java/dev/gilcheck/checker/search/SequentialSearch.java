package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Successors;
import dev.gilcheck.checker.store.Canonicalizer;
import dev.gilcheck.checker.store.ExactStateStore;
import dev.gilcheck.checker.store.FingerprintStateStore;
import dev.gilcheck.checker.store.StateStore;
import java.util.List;

/**
 * Exhaustive search on one thread: breadth-first (each site's witness is a shortest run to it) or
 * depth-first, over exact worlds or fingerprints, optionally storing one world per symmetry class
 * and taking a fiber's independent step alone (partial-order reduction).
 *
 * <p>The reduction's cycle proviso: an independent step is taken alone only when it leads to a world
 * with a larger id than the one expanded (a new one, or one found later); otherwise the world is
 * expanded in full. Ids grow along every reduced-only path, so every cycle of the reduced graph has a
 * fully expanded world and no step is postponed for ever (Peled's C3).
 */
final class SequentialSearch extends Search {
    private static final int CHECK_EVERY = 4096;

    private final StateStore store;
    private final Successors successors;
    private final Canonicalizer symmetry;
    private final Steps steps;
    private final long[] stepTarget;

    SequentialSearch(FiberSystem system, Limits limits, String progressInvariant, SearchOptions options) {
        super(system, limits, progressInvariant, options);
        this.store = options.fingerprint() ? new FingerprintStateStore() : new ExactStateStore(system.layout().usedBits());
        this.successors = new Successors(system);
        this.symmetry = canonicalizerForOneThread();
        this.steps = new Steps(system.layout().words());
        this.stepTarget = system.layout().newWorld();
    }

    @Override
    SearchResult explore() {
        long start = System.nanoTime();
        long[] initial = canonical(system.initial());
        store.add(initial);
        frontier.add(graph.discover(-1, 0, 0), initial);
        boolean fifo = options.order() == SearchOptions.Order.BFS;
        long[] world = system.layout().newWorld();
        Stop stop = null;
        try {
            for (long expanded = 1; !frontier.isEmpty(); expanded++) {
                int id = frontier.poll(fifo, world);
                expand(id, world);
                if (expanded % CHECK_EVERY == 1) {
                    stop = limitReached(start);
                    if (stop != null) {
                        break;
                    }
                }
            }
        } catch (OutOfMemoryError e) {
            stop = memoryStop();
        }
        return result(stop);
    }

    private void expand(int id, long[] world) {
        int progress = system.progressFiber();
        if (symmetry != null) {
            symmetry.expanding(world);
        }
        if (options.por() && successors.independent(world)) {
            int fiber = successors.fiber();
            int alternative = successors.alternative();
            long[] next = successors.target();
            canonicalize(symmetry, next);
            int r = store.add(next);
            int target = r >= 0 ? r : -r - 1;
            if (target > id) {
                if (r >= 0) {
                    frontier.add(graph.discover(id, fiber, alternative), next);
                }
                graph.expanding(id, world, successors.canMove(world, progress));
                graph.step(id, fiber, alternative, List.of(), target);
                return;
            }
        }
        graph.expanding(id, world, successors.canMove(world, progress));
        gatherSteps(world);
        store.prefetch(steps.targets(), world.length, steps.targetCount());
        for (int k = 0; k < steps.size(); k++) {
            int fiber = steps.fiber(k);
            int alternative = steps.alternative(k);
            if (steps.ends(k)) {
                graph.step(id, fiber, alternative, steps.violations(k), -1);
                continue;
            }
            steps.target(k, stepTarget);
            int r = store.add(stepTarget);
            if (r >= 0) {
                frontier.add(graph.discover(id, fiber, alternative), stepTarget);
            }
            graph.step(id, fiber, alternative, steps.violations(k), r >= 0 ? r : -r - 1);
        }
    }

    /** Every step of {@code world}, with its canonical target unless it ends the run. */
    private void gatherSteps(long[] world) {
        steps.clear();
        successors.of(world);
        while (successors.next()) {
            long[] target = null;
            if (!successors.fatal()) {
                target = successors.target();
                canonicalize(symmetry, target);
            }
            steps.add(successors.fiber(), successors.alternative(), successors.violations(), target);
        }
    }

    @Override
    long storeBytes() {
        return store.bytes();
    }

    @Override
    long storeGrowthBytes() {
        return store.growthBytes();
    }

    @Override
    String collisionNote() {
        return store.collisionNote();
    }
}
