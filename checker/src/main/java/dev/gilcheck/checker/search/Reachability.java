package dev.gilcheck.checker.search;

import java.util.BitSet;

/** Backward reachability over a state graph's edges: from which worlds can some target be reached? */
final class Reachability {
    /** Hands every edge of a graph to a visitor, the same edges each time. */
    @FunctionalInterface
    interface Edges {
        void each(EdgeVisitor visitor);
    }

    @FunctionalInterface
    interface EdgeVisitor {
        void edge(int from, int to);
    }

    private final int n;
    private final int[] start;
    private final int[] preds;

    /** The predecessor lists of {@code n} worlds: those of world {@code s} are {@code preds[start[s] .. start[s + 1])}. */
    Reachability(int n, Edges edges) {
        this.n = n;
        this.start = new int[n + 1];
        edges.each((from, to) -> start[to + 1]++);
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        int[] fill = start.clone();
        this.preds = new int[start[n]];
        edges.each((from, to) -> preds[fill[to]++] = from);
    }

    /** Over {@code n} worlds and edges given as parallel lists {@code from[e] -> to[e]}. */
    static BitSet canReach(int n, BitSet targets, IntList from, IntList to) {
        return new Reachability(n, v -> {
            for (int e = 0; e < to.size(); e++) {
                v.edge(from.get(e), to.get(e));
            }
        }).canReach(targets);
    }

    /** The worlds from which some world in {@code targets} is reachable. */
    BitSet canReach(BitSet targets) {
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
