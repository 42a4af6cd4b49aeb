package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.store.ConcurrentFingerprintSet;
import dev.gilcheck.checker.store.FingerprintStateStore;
import dev.gilcheck.checker.store.Hashing;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Breadth-first search on several threads, over fingerprints. Worlds are taken from the queue in
 * batches; the threads expand a batch's worlds at once, canonicalize their successors and add them
 * to a {@link ConcurrentFingerprintSet}; then one thread walks the batch in queue order and gives ids
 * to the new worlds. Ids, witnesses and statistics are therefore exactly those of the one-thread
 * breadth-first search with the same options, whatever the threads' timing.
 */
final class ParallelSearch extends Search {
    private static final int BATCH = 8192;

    private final ConcurrentFingerprintSet seen = new ConcurrentFingerprintSet(1 << 16);
    private final int maxMoves;

    /** One world of a batch, expanded: the steps to follow, their canonical targets and fingerprint slots. */
    private record Expanded(List<Move> moves, long[][] targets, int[] slots, boolean progressCanMove) {
    }

    ParallelSearch(FiberSystem system, Limits limits, String progressInvariant, SearchOptions options) {
        super(system, limits, progressInvariant, options);
        this.maxMoves = system.maxMoves();
    }

    @Override
    SearchResult explore() {
        long start = System.nanoTime();
        long[] initial = canonical(system.initial());
        seen.assign(seen.insert(Hashing.fingerprint(initial)), graph.discover(-1, 0, 0));
        frontier.add(0, initial);
        Stop stop = null;
        int threads = options.threads();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gilcheck search");
            t.setDaemon(true);
            return t;
        });
        try {
            while (!frontier.isEmpty() && stop == null) {
                int n = Math.min(BATCH, frontier.size());
                int[] ids = new int[n];
                long[][] worlds = new long[n][];
                for (int k = 0; k < n; k++) {
                    worlds[k] = system.layout().newWorld();
                    ids[k] = frontier.poll(true, worlds[k]);
                }
                seen.ensureRoom(n * maxMoves);
                Expanded[] out = new Expanded[n];
                List<Callable<Void>> slices = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    slices.add(() -> {
                        for (int k = first; k < n; k += threads) {
                            out[k] = expand(ids[k], worlds[k]);
                        }
                        return null;
                    });
                }
                for (Future<Void> done : pool.invokeAll(slices)) {
                    done.get();
                }
                for (int k = 0; k < n; k++) {
                    merge(ids[k], worlds[k], out[k]);
                }
                stop = limitReached(start);
            }
        } catch (OutOfMemoryError e) {
            stop = memoryStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = new Stop(StopReason.INTERRUPTED, "interrupted");
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof OutOfMemoryError)) {
                throw new IllegalStateException("a search thread failed", e.getCause());
            }
            stop = memoryStop();
        } finally {
            pool.shutdownNow();
        }
        return result(stop);
    }

    /** Runs on a worker thread: the steps to follow from {@code world}, with the same proviso as the sequential search. */
    private Expanded expand(int id, long[] world) {
        Move alone = options.por() ? system.independentMove(world) : null;
        if (alone != null) {
            long[] next = canonical(alone.target());
            int slot = seen.insert(Hashing.fingerprint(next));
            int known = slot >= 0 ? -1 : seen.id(-slot - 1);
            if (known < 0 || known > id) {
                boolean progressCanMove = !system.moves(world, system.progressFiber(), false).isEmpty();
                return new Expanded(List.of(alone), new long[][] {next}, new int[] {slot >= 0 ? slot : -slot - 1},
                        progressCanMove);
            }
        }
        List<Move> moves = system.moves(world, false);
        long[][] targets = new long[moves.size()][];
        int[] slots = new int[moves.size()];
        boolean progressCanMove = false;
        for (int k = 0; k < moves.size(); k++) {
            Move m = moves.get(k);
            progressCanMove |= m.fiber() == system.progressFiber();
            if (!m.fatal()) {
                targets[k] = canonical(m.target());
                int slot = seen.insert(Hashing.fingerprint(targets[k]));
                slots[k] = slot >= 0 ? slot : -slot - 1;
            }
        }
        return new Expanded(moves, targets, slots, progressCanMove);
    }

    /** On the merging thread, in queue order: ids for the new worlds, edges and violations for all. */
    private void merge(int id, long[] world, Expanded e) {
        graph.expanding(id, world, e.progressCanMove());
        for (int k = 0; k < e.moves().size(); k++) {
            Move m = e.moves().get(k);
            if (e.targets()[k] == null) {
                graph.step(id, m, -1);
                continue;
            }
            int slot = e.slots()[k];
            int target = seen.id(slot);
            if (target < 0) {
                target = graph.discover(id, m.fiber(), m.alternative());
                seen.assign(slot, target);
                frontier.add(target, e.targets()[k]);
            }
            graph.step(id, m, target);
        }
    }

    @Override
    long storeBytes() {
        return seen.bytes();
    }

    @Override
    long storeGrowthBytes() {
        return seen.growthBytes();
    }

    @Override
    String collisionNote() {
        return FingerprintStateStore.collisionNote(graph.size());
    }
}
