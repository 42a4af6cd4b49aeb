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
    /**
     * Worlds a breadth-first search expands together: their steps are gathered first and their
     * targets fetched at once, then added in order (so ids do not change). A world whose independent
     * step is taken alone adds its target at once, after those gathered before it.
     */
    private static final int GROUP = 16;

    private final StateStore store;
    private final Successors successors;
    private final Canonicalizer symmetry;
    private final Steps steps;
    private final long[] stepTarget;
    private final long[] expandedWorld;

    SequentialSearch(FiberSystem system, Limits limits, String progressInvariant, SearchOptions options) {
        super(system, limits, progressInvariant, options);
        this.store = options.fingerprint() ? new FingerprintStateStore() : new ExactStateStore(system.layout().usedBits());
        this.successors = new Successors(system);
        this.symmetry = canonicalizerForOneThread();
        this.steps = new Steps(system.layout().words());
        this.stepTarget = system.layout().newWorld();
        this.expandedWorld = system.layout().newWorld();
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
            for (long expanded = 1; !frontier.isEmpty(); ) {
                // A group ends where the limits are checked: after worlds 1, 4097, 8193...
                long toCheck = Math.floorMod(1 - expanded, CHECK_EVERY) + 1;
                int group = fifo ? (int) Math.min(Math.min(GROUP, toCheck), frontier.size()) : 1;
                steps.clear();
                for (int g = 0; g < group; g++) {
                    int id = frontier.poll(fifo, world);
                    expand(id, world);
                }
                addSteps();
                expanded += group;
                if ((expanded - 1) % CHECK_EVERY == 1) {
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

    /**
     * Expands world {@code id}: gathers all its steps for {@link #addSteps}, judging them for
     * partial-order reduction on the way; when the reduction takes a fiber's independent step alone,
     * the world's steps are dropped and that step's target is added at once, after those of the worlds
     * gathered before it.
     */
    private void expand(int id, long[] world) {
        int progress = system.progressFiber();
        if (symmetry != null) {
            symmetry.expanding(world);
        }
        boolean progressCanMove = successors.canMove(world, progress);
        gather(id, world, progressCanMove, options.por());
        if (options.por() && successors.hadIndependentStep()) {
            steps.dropLastWorld();
            int fiber = successors.fiber();
            int alternative = successors.alternative();
            long[] next = successors.target();
            canonicalize(symmetry, next);
            addSteps();
            steps.clear();
            int r = store.add(next);
            int target = r >= 0 ? r : -r - 1;
            if (target > id) {
                if (r >= 0) {
                    frontier.add(graph.discover(id, fiber, alternative), next);
                }
                graph.expanding(id, world, progressCanMove);
                graph.step(id, fiber, alternative, List.of(), target);
                return;
            }
            gather(id, world, progressCanMove, false);
        }
    }

    private void gather(int id, long[] world, boolean progressCanMove, boolean judge) {
        steps.world(id, world, progressCanMove);
        successors.of(world, judge);
        while (successors.next()) {
            long[] target = null;
            if (!successors.fatal()) {
                target = successors.target();
                canonicalize(symmetry, target);
            }
            steps.add(successors.fiber(), successors.alternative(), successors.violations(), target);
        }
    }

    /** Adds the gathered steps' targets, fetched together, world by world in order. */
    private void addSteps() {
        store.prefetch(steps.hashes(), steps.targetCount());
        for (int w = 0; w < steps.worldCount(); w++) {
            int id = steps.id(w);
            steps.world(w, expandedWorld);
            graph.expanding(id, expandedWorld, steps.progressCanMove(w));
            for (int k = steps.firstStep(w); k < steps.firstStep(w + 1); k++) {
                int fiber = steps.fiber(k);
                int alternative = steps.alternative(k);
                if (steps.ends(k)) {
                    graph.step(id, fiber, alternative, steps.violations(k), -1);
                    continue;
                }
                steps.target(k, stepTarget);
                int r = store.add(stepTarget, steps.hash(k));
                if (r >= 0) {
                    frontier.add(graph.discover(id, fiber, alternative), stepTarget);
                }
                graph.step(id, fiber, alternative, steps.violations(k), r >= 0 ? r : -r - 1);
            }
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
