package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Move;
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

    SequentialSearch(FiberSystem system, Limits limits, String progressInvariant, SearchOptions options) {
        super(system, limits, progressInvariant, options);
        this.store = options.fingerprint() ? new FingerprintStateStore() : new ExactStateStore(system.layout().usedBits());
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
        Move alone = options.por() ? system.independentMove(world) : null;
        if (alone != null) {
            long[] next = canonical(alone.target());
            int r = store.add(next);
            int target = r >= 0 ? r : -r - 1;
            if (target > id) {
                graph.expanding(id, world, !system.moves(world, system.progressFiber(), false).isEmpty());
                follow(id, alone, next, r);
                return;
            }
        }
        List<Move> moves = system.moves(world, false);
        boolean progressCanMove = false;
        for (Move m : moves) {
            progressCanMove |= m.fiber() == system.progressFiber();
        }
        graph.expanding(id, world, progressCanMove);
        for (Move m : moves) {
            if (m.fatal()) {
                graph.step(id, m, -1);
                continue;
            }
            long[] next = canonical(m.target());
            follow(id, m, next, store.add(next));
        }
    }

    /** Records the step {@code m} from {@code id} to {@code next}, whose store answer was {@code r}. */
    private void follow(int id, Move m, long[] next, int r) {
        if (r >= 0) {
            frontier.add(graph.discover(id, m.fiber(), m.alternative()), next);
            graph.step(id, m, r);
        } else {
            graph.step(id, m, -r - 1);
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
