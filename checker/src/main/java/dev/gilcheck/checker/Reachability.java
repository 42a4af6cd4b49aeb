package dev.gilcheck.checker;

import java.util.BitSet;

/** Backward reachability over a state graph's edges: from which worlds can some target be reached? */
final class Reachability {
    private Reachability() {
    }

    /** Over {@code n} worlds and edges given as parallel lists {@code from[e] -> to[e]}. */
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
        return canReach(n, targets, start, preds);
    }

    /** Over {@code n} worlds whose predecessors of world {@code s} are {@code preds[start[s] .. start[s + 1])}. */
    static BitSet canReach(int n, BitSet targets, int[] start, int[] preds) {
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
