package dev.gilcheck.checker;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exhaustive breadth-first search over every interleaving, with a visited set. Because worlds are
 * expanded level by level, the first time a violation site is met is on a shortest run to it: each
 * site gets its own shortest witness. After the search, a progress check finds the worlds from
 * which the goal (the process ending) can no longer be reached, and names each such hang by where
 * the progress fiber waits.
 */
public final class BfsExplorer {
    private static final int CHECK_EVERY = 4096;

    private final FiberSystem system;
    private final Limits limits;
    private final String progressInvariant;

    /** @param progressInvariant the name under which hangs are reported */
    public BfsExplorer(FiberSystem system, Limits limits, String progressInvariant) {
        this.system = system;
        this.limits = limits;
        this.progressInvariant = progressInvariant;
    }

    private record Found(Violation violation, int from, int fiber, int alternative) {
    }

    public SearchResult explore() {
        long start = System.nanoTime();
        int width = system.layout().words();
        StateStore store = new ExactStateStore(width);
        WorldQueue frontier = new WorldQueue(width);
        IntList parent = new IntList();
        IntList via = new IntList();
        IntList edgeFrom = new IntList();
        IntList edgeTo = new IntList();
        IntList progressPc = new IntList();
        BitSet progressBlocked = new BitSet();
        BitSet progressMayBlock = new BitSet();
        BitSet ends = new BitSet();
        Map<String, Found> first = new LinkedHashMap<>();

        long[] initial = system.initial();
        store.add(initial);
        parent.add(-1);
        via.add(0);
        frontier.add(initial);
        long transitions = 0;
        int depth = 0;
        int levelEnd = 1;
        String stop = null;

        for (int id = 0; !frontier.isEmpty(); id++) {
            if (id == levelEnd) {
                depth++;
                levelEnd = store.size();
            }
            long[] world = frontier.poll();
            if (system.isGoal(world)) {
                ends.set(id);
            }
            int progress = system.progressFiber();
            progressPc.add(system.pcOf(world, progress));
            progressMayBlock.set(id, system.mayBlock(world, progress));
            progressBlocked.set(id);
            for (Move move : system.moves(world, false)) {
                if (move.fiber() == progress) {
                    progressBlocked.clear(id);
                }
                transitions++;
                for (Violation v : move.violations()) {
                    first.putIfAbsent(v.siteKey(), new Found(v, id, move.fiber(), move.alternative()));
                }
                if (move.fatal()) {
                    ends.set(id);
                    continue;
                }
                int r = store.add(move.target());
                int target = r >= 0 ? r : -r - 1;
                if (r >= 0) {
                    parent.add(id);
                    via.add(move.fiber() << 16 | move.alternative());
                    frontier.add(move.target());
                }
                edgeFrom.add(id);
                edgeTo.add(target);
            }
            if (id % CHECK_EVERY == 0) {
                stop = limitReached(store, frontier, edgeFrom, parent);
                if (stop != null) {
                    break;
                }
            }
        }

        List<Witness> witnesses = new ArrayList<>();
        Replayer replayer = new Replayer(system);
        for (Found f : first.values()) {
            List<int[]> path = pathTo(f.from(), parent, via);
            path.add(new int[] {f.fiber(), f.alternative()});
            witnesses.add(new Witness(f.violation(), replayer.replay(path)));
        }
        if (stop == null) {
            int n = store.size();
            BitSet stuck = canReach(n, ends, edgeFrom, edgeTo);
            stuck.flip(0, n);
            BitSet progressMoves = (BitSet) progressBlocked.clone();
            progressMoves.flip(0, n);
            BitSet blockedForGood = canReach(n, progressMoves, edgeFrom, edgeTo);
            blockedForGood.flip(0, n);
            witnesses.addAll(hangs(stuck, blockedForGood, progressMayBlock, progressPc, parent, via, replayer));
        }
        long bytes = store.bytes() + frontier.bytes() + parent.bytes() + via.bytes() + edgeFrom.bytes()
                + edgeTo.bytes() + progressPc.bytes();
        Stats stats = new Stats(store.size(), transitions, depth, (System.nanoTime() - start) / 1e9, bytes);
        return new SearchResult(witnesses, stats, stop == null, stop, store.collisionNote());
    }

    private String limitReached(StateStore store, WorldQueue frontier, IntList edges, IntList parent) {
        if (store.size() >= limits.maxStates()) {
            return "stopped at the limit of " + limits.maxStates() + " states";
        }
        long bytes = store.bytes() + frontier.bytes() + 2 * edges.bytes() + 2 * parent.bytes();
        if (bytes >= limits.maxBytes()) {
            return "stopped at " + (bytes >> 20) + " MB of search data, the memory this JVM can spare";
        }
        return null;
    }

    private static List<int[]> pathTo(int id, IntList parent, IntList via) {
        List<int[]> path = new ArrayList<>();
        for (int s = id; parent.get(s) >= 0; s = parent.get(s)) {
            int code = via.get(s);
            path.add(0, new int[] {code >>> 16, code & 0xFFFF});
        }
        return path;
    }

    /**
     * Worlds from which no end is reachable, each named by where the progress fiber stands. A world
     * where that fiber is blocked for good (it never moves again, whatever the others do) names the
     * hang best; failing any, one where its next step may block (a livelock around a wait); failing
     * that, the shallowest stuck world. One witness per site, the shallowest.
     */
    private List<Witness> hangs(BitSet stuck, BitSet blockedForGood, BitSet mayBlock, IntList progressPc, IntList parent,
                                IntList via, Replayer replayer) {
        for (BitSet filter : List.of(blockedForGood, mayBlock)) {
            BitSet candidates = (BitSet) stuck.clone();
            candidates.and(filter);
            if (!candidates.isEmpty()) {
                return witnessesPerSite(candidates, progressPc, parent, via, replayer);
            }
        }
        return witnessesPerSite(stuck, progressPc, parent, via, replayer);
    }

    private List<Witness> witnessesPerSite(BitSet worlds, IntList progressPc, IntList parent, IntList via,
                                           Replayer replayer) {
        Map<String, Witness> bySite = new LinkedHashMap<>();
        for (int id = worlds.nextSetBit(0); id >= 0; id = worlds.nextSetBit(id + 1)) {
            Site site = system.siteAt(system.progressFiber(), progressPc.get(id));
            if (!bySite.containsKey(site.key())) {
                bySite.put(site.key(), new Witness(new Violation(progressInvariant, site, false),
                        replayer.replay(pathTo(id, parent, via))));
            }
        }
        return new ArrayList<>(bySite.values());
    }

    /** The worlds from which some world in {@code targets} is reachable (backwards over the edges). */
    static BitSet canReach(int n, BitSet targets, IntList from, IntList to) {
        int[] start = new int[n + 1];
        for (int e = 0; e < to.size(); e++) {
            start[to.get(e) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = start.clone();
        int[] preds = new int[to.size()];
        for (int e = 0; e < to.size(); e++) {
            preds[fill[to.get(e)]++] = from.get(e);
        }
        BitSet live = (BitSet) targets.clone();
        int[] stack = new int[n];
        int top = 0;
        for (int i = live.nextSetBit(0); i >= 0; i = live.nextSetBit(i + 1)) {
            stack[top++] = i;
        }
        while (top > 0) {
            int s = stack[--top];
            for (int k = start[s]; k < start[s + 1]; k++) {
                int p = preds[k];
                if (!live.get(p)) {
                    live.set(p);
                    stack[top++] = p;
                }
            }
        }
        return live;
    }
}
