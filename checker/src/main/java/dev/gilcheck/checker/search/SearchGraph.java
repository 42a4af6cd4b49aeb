package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Site;
import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.store.Canonicalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * What an exhaustive search keeps about the worlds it stored, by id, in primitive arrays: how each
 * was first reached (parent and step, for witnesses), its depth, where the progress fiber stood, and
 * its outgoing edges other than those to the worlds it discovered (for the progress check). From these it builds the result: one witness per violation site,
 * and, after a complete search, the hangs.
 *
 * <p>When the search stored representatives of symmetry classes, a recorded step names a fiber of
 * the representative; witnesses are re-derived in the system's own numbering by replaying them.
 */
final class SearchGraph {
    private final FiberSystem system;
    private final boolean symmetric;
    private final String progressInvariant;
    /** Whether the progress check may run its two reachability fixpoints on two threads at once. */
    private final boolean twoThreads;
    private final IntList parent = new IntList();
    /** Per world, the step that first reached it and where the progress fiber stands in it, packed by {@link #packed}. */
    private final IntList stepAndPc = new IntList();
    private final Depths depth = new Depths();
    private final Expansions expansions = new Expansions();
    private final BitSet progressBlocked = new BitSet();
    private final BitSet progressMayBlock = new BitSet();
    private final BitSet ends = new BitSet();
    private final Map<String, Found> first = new LinkedHashMap<>();
    private final Set<Violation> recorded = new HashSet<>();
    private final long startNanos = System.nanoTime();
    private long firstViolationNanos = -1;
    private long transitions;
    private int maxDepth;

    private record Found(Violation violation, int from, int fiber, int alternative) {
    }

    SearchGraph(FiberSystem system, boolean symmetric, String progressInvariant, int threads) {
        this.system = system;
        this.symmetric = symmetric;
        this.progressInvariant = progressInvariant;
        this.twoThreads = threads > 1;
    }

    /** Records a new world, reached from {@code from} (-1 for the initial world) by a step; returns its id. */
    int discover(int from, int fiber, int alternative) {
        int id = parent.size();
        parent.add(from);
        stepAndPc.add(packed(fiber, alternative, 0));
        int d = from < 0 ? 0 : depth.get(from) + 1;
        depth.add(d);
        maxDepth = Math.max(maxDepth, d);
        return id;
    }

    /** A step (fiber, alternative) and a program counter in one int: 8, 8 and 16 bits. */
    private static int packed(int fiber, int alternative, int pc) {
        if (fiber > 0xFF || alternative > 0xFF || pc > 0xFFFF) {
            throw new IllegalStateException("a search records at most 256 fibers, 256 alternatives of a step and 65,536"
                    + " program counters; got fiber " + fiber + ", alternative " + alternative + ", pc " + pc);
        }
        return fiber << 24 | alternative << 16 | pc;
    }

    /** World {@code id} is being expanded: notes the progress fiber's position; its edges follow. */
    void expanding(int id, long[] world, boolean progressCanMove) {
        int progress = system.progressFiber();
        if (system.isGoal(world)) {
            ends.set(id);
        }
        int code = stepAndPc.get(id);
        stepAndPc.set(id, packed(code >>> 24, code >>> 16 & 0xFF, system.pcOf(world, progress)));
        progressMayBlock.set(id, system.mayBlock(world, progress));
        progressBlocked.set(id, !progressCanMove);
        expansions.expanding(id);
    }

    /**
     * A step of {@code fiber}'s alternative {@code alternative} from {@code id}: its violations, and the
     * world it leads to (-1 when it ends the run).
     */
    void step(int id, int fiber, int alternative, List<Violation> violations, int target) {
        transitions++;
        for (Violation v : violations) {
            if (!recorded.add(v)) {
                continue;
            }
            first.putIfAbsent(v.siteKey(), new Found(v, id, fiber, alternative));
            if (firstViolationNanos < 0) {
                firstViolationNanos = System.nanoTime();
            }
        }
        if (target < 0) {
            ends.set(id);
        } else if (parent.get(target) != id) {
            expansions.edge(target);
        }
    }

    int size() {
        return parent.size();
    }

    long transitions() {
        return transitions;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** The keys of the violation sites met so far, in the order met. */
    List<String> sitesSoFar() {
        return List.copyOf(first.keySet());
    }

    /** The statistics so far, {@code bytes} being all the search's data (store and queue included), {@code storeBytes} the store's. */
    Stats stats(long states, long bytes, long storeBytes) {
        double first = firstViolationNanos < 0 ? Double.NaN : (firstViolationNanos - startNanos) / 1e9;
        return new Stats(states, transitions, maxDepth, (System.nanoTime() - startNanos) / 1e9, bytes, storeBytes,
                first);
    }

    long bytes() {
        return parent.bytes() + stepAndPc.bytes() + depth.bytes() + expansions.bytes()
                + (ends.size() + progressBlocked.size() + progressMayBlock.size()) / 8;
    }

    /** The largest array its next growth may allocate. */
    long growthBytes() {
        return Math.max(parent.growthBytes(), expansions.growthBytes());
    }

    /**
     * What the progress check will allocate at the end: a few bit sets, and the edges of the worlds left
     * pending; on two threads, the second fixpoint's bit set and edges too.
     */
    long progressCheckBytes() {
        long oneFixpoint = expansions.reachabilityBytes(parent.size());
        return parent.size() / 2 + oneFixpoint + (twoThreads ? parent.size() / 8 + oneFixpoint : 0);
    }

    /** The witnesses: one per violation site, then (when the search completed) one per hang site. */
    List<Witness> witnesses(boolean complete) {
        List<Witness> witnesses = new ArrayList<>();
        Replayer replayer = new Replayer(system);
        for (Found f : first.values()) {
            List<int[]> path = pathTo(f.from());
            path.add(new int[] {f.fiber(), f.alternative()});
            witnesses.add(new Witness(f.violation(), replayer.replay(inOwnNumbering(path))));
        }
        if (complete) {
            witnesses.addAll(hangs(replayer));
        }
        return witnesses;
    }

    private List<int[]> pathTo(int id) {
        List<int[]> path = new ArrayList<>();
        for (int s = id; parent.get(s) >= 0; s = parent.get(s)) {
            int code = stepAndPc.get(s);
            path.add(new int[] {code >>> 24, code >>> 16 & 0xFF});
        }
        java.util.Collections.reverse(path);
        return path;
    }

    /** A path recorded on representatives, as steps of the system's own fibers. */
    private List<int[]> inOwnNumbering(List<int[]> path) {
        if (!symmetric) {
            return path;
        }
        long[] world = system.initial();
        List<int[]> own = new ArrayList<>();
        Canonicalizer symmetry = system.symmetry();
        for (int[] step : path) {
            int[] order = symmetry.permutation(world);
            int fiber = order[step[0]];
            int alternative = symmetry.alternativeIn(world, fiber, step[1], order);
            own.add(new int[] {fiber, alternative});
            for (Move m : system.moves(world, fiber, false)) {
                if (m.alternative() == alternative) {
                    world = m.target();
                }
            }
        }
        return own;
    }

    /**
     * Worlds from which no end is reachable, each named by where the progress fiber stands. A world
     * where that fiber is blocked for good (it never moves again, whatever the others do) names the
     * hang best; failing any, one where its next step may block (a livelock around a wait); failing
     * that, the shallowest stuck world. One witness per site, the shallowest.
     */
    private List<Witness> hangs(Replayer replayer) {
        int n = size();
        BitSet progressMoves = (BitSet) progressBlocked.clone();
        progressMoves.flip(0, n);
        FutureTask<BitSet> reachProgress = new FutureTask<>(() -> expansions.canReach(progressMoves, parent));
        if (twoThreads) {
            Thread other = new Thread(reachProgress, "gilcheck progress check");
            other.setDaemon(true);
            other.start();
        }
        BitSet stuck = expansions.canReach(ends, parent);
        stuck.flip(0, n);
        if (!twoThreads) {
            if (stuck.isEmpty()) {
                // No hang: where the progress fiber is blocked for good names nothing.
                return witnessesPerSite(stuck, replayer);
            }
            reachProgress.run();
        }
        BitSet blockedForGood = outcome(reachProgress);
        blockedForGood.flip(0, n);
        for (BitSet filter : List.of(blockedForGood, progressMayBlock)) {
            BitSet candidates = (BitSet) stuck.clone();
            candidates.and(filter);
            if (!candidates.isEmpty()) {
                return witnessesPerSite(candidates, replayer);
            }
        }
        return witnessesPerSite(stuck, replayer);
    }

    /** What {@code task} computed, once it has; an error it met is thrown here. */
    private static BitSet outcome(FutureTask<BitSet> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the progress check failed", e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private int progressPc(int id) {
        return stepAndPc.get(id) & 0xFFFF;
    }

    private List<Witness> witnessesPerSite(BitSet worlds, Replayer replayer) {
        Map<String, Integer> shallowest = new LinkedHashMap<>();
        for (int id = worlds.nextSetBit(0); id >= 0; id = worlds.nextSetBit(id + 1)) {
            String key = system.siteAt(system.progressFiber(), progressPc(id)).key();
            Integer best = shallowest.get(key);
            if (best == null || depth.get(id) < depth.get(best)) {
                shallowest.put(key, id);
            }
        }
        List<Witness> out = new ArrayList<>();
        for (int id : shallowest.values()) {
            Site site = system.siteAt(system.progressFiber(), progressPc(id));
            out.add(new Witness(new Violation(progressInvariant, site, false),
                    replayer.replay(inOwnNumbering(pathTo(id)))));
        }
        return out;
    }
}
