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

/**
 * What an exhaustive search keeps about the worlds it stored, by id: how each was first reached
 * (parent and step, for witnesses), its depth, where the progress fiber stood, and its outgoing
 * edges (for the progress check). From these it builds the result: one witness per violation site,
 * and, after a complete search, the hangs.
 *
 * <p>When the search stored representatives of symmetry classes, a recorded step names a fiber of
 * the representative; witnesses are re-derived in the system's own numbering by replaying them.
 */
final class SearchGraph {
    private final FiberSystem system;
    private final boolean symmetric;
    private final String progressInvariant;
    private final IntList parent = new IntList();
    private final IntList via = new IntList();
    private final IntList depth = new IntList();
    private final IntList progressPc = new IntList();
    private final IntList edgeStart = new IntList();
    private final IntList edgeEnd = new IntList();
    private final IntList edgeTo = new IntList();
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

    SearchGraph(FiberSystem system, boolean symmetric, String progressInvariant) {
        this.system = system;
        this.symmetric = symmetric;
        this.progressInvariant = progressInvariant;
    }

    /** Records a new world, reached from {@code from} (-1 for the initial world) by a step; returns its id. */
    int discover(int from, int fiber, int alternative) {
        int id = parent.size();
        parent.add(from);
        via.add(fiber << 16 | alternative);
        int d = from < 0 ? 0 : depth.get(from) + 1;
        depth.add(d);
        maxDepth = Math.max(maxDepth, d);
        progressPc.add(0);
        edgeStart.add(0);
        edgeEnd.add(0);
        return id;
    }

    int depth(int id) {
        return depth.get(id);
    }

    /** World {@code id} is being expanded: notes the progress fiber's position; its edges follow. */
    void expanding(int id, long[] world, boolean progressCanMove) {
        int progress = system.progressFiber();
        if (system.isGoal(world)) {
            ends.set(id);
        }
        progressPc.set(id, system.pcOf(world, progress));
        progressMayBlock.set(id, system.mayBlock(world, progress));
        progressBlocked.set(id, !progressCanMove);
        edgeStart.set(id, edgeTo.size());
        edgeEnd.set(id, edgeTo.size());
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
            return;
        }
        edgeTo.add(target);
        edgeEnd.set(id, edgeTo.size());
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

    /** The statistics so far, {@code bytes} being all the search's data (store and queue included). */
    Stats stats(long states, long bytes) {
        double first = firstViolationNanos < 0 ? Double.NaN : (firstViolationNanos - startNanos) / 1e9;
        return new Stats(states, transitions, maxDepth, (System.nanoTime() - startNanos) / 1e9, bytes, first);
    }

    long bytes() {
        return parent.bytes() + via.bytes() + depth.bytes() + progressPc.bytes() + edgeStart.bytes() + edgeEnd.bytes()
                + edgeTo.bytes();
    }

    /** The largest array its next growth may allocate. */
    long growthBytes() {
        return Math.max(parent.growthBytes(), edgeTo.growthBytes());
    }

    /** What the progress check will allocate at the end: predecessor lists and a few bit sets. */
    long progressCheckBytes() {
        return 8L * parent.size() + 4L * edgeTo.size();
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
            int code = via.get(s);
            path.add(new int[] {code >>> 16, code & 0xFFFF});
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
        Reachability graph = new Reachability(n, v -> {
            for (int from = 0; from < n; from++) {
                for (int e = edgeStart.get(from); e < edgeEnd.get(from); e++) {
                    v.edge(from, edgeTo.get(e));
                }
            }
        });
        BitSet stuck = graph.canReach(ends);
        stuck.flip(0, n);
        BitSet progressMoves = (BitSet) progressBlocked.clone();
        progressMoves.flip(0, n);
        BitSet blockedForGood = graph.canReach(progressMoves);
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

    private List<Witness> witnessesPerSite(BitSet worlds, Replayer replayer) {
        Map<String, Integer> shallowest = new LinkedHashMap<>();
        for (int id = worlds.nextSetBit(0); id >= 0; id = worlds.nextSetBit(id + 1)) {
            String key = system.siteAt(system.progressFiber(), progressPc.get(id)).key();
            Integer best = shallowest.get(key);
            if (best == null || depth.get(id) < depth.get(best)) {
                shallowest.put(key, id);
            }
        }
        List<Witness> out = new ArrayList<>();
        for (int id : shallowest.values()) {
            Site site = system.siteAt(system.progressFiber(), progressPc.get(id));
            out.add(new Witness(new Violation(progressInvariant, site, false),
                    replayer.replay(inOwnNumbering(pathTo(id)))));
        }
        return out;
    }
}
