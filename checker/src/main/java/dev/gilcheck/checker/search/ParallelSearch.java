package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.store.ConcurrentFingerprintSet;
import dev.gilcheck.checker.store.FingerprintStateStore;
import dev.gilcheck.checker.store.Hashing;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Breadth-first search on several threads, over fingerprints. Worlds are taken from the queue in
 * batches; the threads expand a batch's worlds at once, canonicalize their successors and add them
 * to a {@link ConcurrentFingerprintSet}; then this thread walks the batch in queue order and gives ids
 * to the new worlds, while the other threads already expand the next batch (taking it in chunks, which
 * this thread joins once it has merged). Ids, witnesses and statistics are therefore exactly those of
 * the one-thread breadth-first search with the same options, whatever the threads' timing.
 *
 * <p>The reduction's proviso reads ids while they are being given, and still decides as the one-thread
 * search does: a target without an id yet gets one larger than every id given so far, so larger than
 * the expanded world's.
 */
final class ParallelSearch extends Search {
    private static final int BATCH = 4096;
    private static final int SMALLEST_BATCH = 64;
    /** Worlds a thread takes from a batch at a time. */
    private static final int CHUNK = 128;

    private final ConcurrentFingerprintSet seen = new ConcurrentFingerprintSet(1 << 16);
    private final int maxMoves;
    private final int width;
    /** One expander per thread: this one's first, then the helpers'. */
    private final List<BatchExpander> expanders = new ArrayList<>();
    /** The chunks' outputs, two sets: one batch is merged from one while the next is expanded into the other. */
    private final ExpandedWorlds[][] outputs;
    private int turn;
    /** Fingerprints the set has room for since it last made room, and how many of them were claimed. */
    private long room;
    private long claimed;
    private final long[] scratch;

    ParallelSearch(FiberSystem system, Limits limits, String progressInvariant, SearchOptions options) {
        super(system, limits, progressInvariant, options);
        this.maxMoves = system.maxMoves();
        this.width = system.layout().words();
        this.scratch = system.layout().newWorld();
        for (int t = 0; t < options.threads(); t++) {
            expanders.add(new BatchExpander(system, seen, canonicalizerForOneThread(), options.por()));
        }
        this.outputs = new ExpandedWorlds[2][(BATCH + CHUNK - 1) / CHUNK];
        for (ExpandedWorlds[] set : outputs) {
            for (int c = 0; c < set.length; c++) {
                set[c] = new ExpandedWorlds(width);
            }
        }
    }

    /** A batch of queued worlds, packed, with their ids. */
    record Batch(int[] ids, long[] worlds, int size) {
    }

    /** A batch being expanded: each thread takes the next chunk of its worlds until none is left. */
    static final class Work {
        private final Batch batch;
        private final ExpandedWorlds[] chunks;
        private final int count;
        private final AtomicInteger taken = new AtomicInteger();

        Work(Batch batch, ExpandedWorlds[] chunks) {
            this.batch = batch;
            this.chunks = chunks;
            this.count = (batch.size() + CHUNK - 1) / CHUNK;
        }

        void help(BatchExpander expander) {
            for (int c = taken.getAndIncrement(); c < count; c = taken.getAndIncrement()) {
                expander.expand(batch, c * CHUNK, Math.min(batch.size(), (c + 1) * CHUNK), chunks[c]);
            }
        }

        long added() {
            long sum = 0;
            for (int c = 0; c < count; c++) {
                sum += chunks[c].addedCount();
            }
            return sum;
        }
    }

    @Override
    SearchResult explore() {
        long start = System.nanoTime();
        long[] initial = canonical(system.initial());
        seen.assign(seen.insert(Hashing.fingerprint(initial)), graph.discover(-1, 0, 0));
        frontier.add(0, initial);
        Stop stop = null;
        try (Crew crew = new Crew(expanders.subList(1, expanders.size()))) {
            Work current = null;
            while (stop == null) {
                if (current == null) {
                    makeRoom();
                }
                Work next = null;
                if (!frontier.isEmpty() && hasRoomFor(batchSize())) {
                    next = new Work(take(batchSize()), outputs[turn]);
                    turn ^= 1;
                    crew.start(next);
                }
                if (current != null) {
                    merge(current);
                }
                if (next != null) {
                    next.help(expanders.get(0));
                    crew.await();
                    claimed += next.added();
                } else if (current == null) {
                    break;
                }
                current = next;
                stop = limitReached(start);
            }
        } catch (OutOfMemoryError e) {
            stop = memoryStop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = new Stop(StopReason.INTERRUPTED, "interrupted");
        }
        return result(stop);
    }

    /**
     * Half the queue, between the smallest and the largest batch: while one batch is merged the next
     * is expanded, so a level of the search is split into at least two.
     */
    private int batchSize() {
        return Math.min(frontier.size(), Math.max(SMALLEST_BATCH, Math.min(BATCH, (frontier.size() + 1) / 2)));
    }

    /**
     * Makes room in the set, which it can only do while every fingerprint added has its id: room for
     * an eighth more than it holds, or a few batches.
     */
    private void makeRoom() {
        room = Math.max(4L * BATCH * maxMoves, graph.size() / 8);
        claimed = 0;
        seen.ensureRoom(graph.size(), Math.toIntExact(room));
    }

    private boolean hasRoomFor(int worlds) {
        return claimed + (long) worlds * maxMoves <= room;
    }

    private Batch take(int n) {
        int[] ids = new int[n];
        long[] worlds = new long[n * width];
        for (int k = 0; k < n; k++) {
            ids[k] = frontier.poll(true, scratch);
            System.arraycopy(scratch, 0, worlds, k * width, width);
        }
        return new Batch(ids, worlds, n);
    }

    /** On this thread, in queue order: ids for the new worlds, edges and violations for all. */
    private void merge(Work work) {
        Batch batch = work.batch;
        for (int k = 0; k < batch.size(); k++) {
            ExpandedWorlds e = work.chunks[k / CHUNK];
            if (k % CHUNK == 0) {
                e.rewind(seen);
            }
            int id = batch.ids()[k];
            System.arraycopy(batch.worlds(), k * width, scratch, 0, width);
            graph.expanding(id, scratch, e.progressCanMove());
            for (int steps = e.stepsOfWorld(); steps > 0; steps--, e.nextStep()) {
                int slot = e.slot();
                int target = slot < 0 ? -1 : e.knownId() >= 0 ? e.knownId() : seen.id(slot);
                if (slot >= 0 && target < 0) {
                    target = graph.discover(id, e.fiber(), e.alternative());
                    seen.assign(slot, target);
                    frontier.add(target, e.target());
                }
                graph.step(id, e.fiber(), e.alternative(), e.violations(), target);
            }
            e.nextWorld();
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
