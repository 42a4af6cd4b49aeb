package dev.gilcheck.checker.search;

import java.util.BitSet;

/**
 * The edges of the state graph that the progress check needs, compactly. A world's edges to the
 * worlds it discovered are its children in the parent array, so only the other edges are kept: each
 * expansion's targets one after another, the first of each expansion's run marked (stored as its
 * complement). Expansions are numbered in the order they happen; the world each expanded is kept
 * only once the order stops being the order of ids (depth-first).
 *
 * <p>Backward reachability then needs no predecessor lists: sweeps over the expansions, last first,
 * mark a world when one of its successors is marked, until a sweep changes nothing. The children of
 * an expansion are the ids it discovered, a run just below those of the next expansion that
 * discovered any, so one pointer walks them down along the sweep.
 */
final class Expansions {
    private final IntList others = new IntList();
    private final BitSet hasOthers = new BitSet();
    private IntList expanded;
    private int count;

    /** World {@code id} is expanded next; its edges follow. */
    void expanding(int id) {
        if (expanded == null && id != count) {
            expanded = new IntList();
            for (int k = 0; k < count; k++) {
                expanded.add(k);
            }
        }
        if (expanded != null) {
            expanded.add(id);
        }
        count++;
    }

    /** An edge of the world being expanded to {@code target}, a world it did not discover. */
    void edge(int target) {
        int k = count - 1;
        others.add(hasOthers.get(k) ? target : ~target);
        hasOthers.set(k);
    }

    /**
     * The worlds from which some world in {@code targets} is reachable, over the edges of a search
     * that expanded each of its {@code parent.size()} worlds once.
     */
    BitSet canReach(BitSet targets, IntList parent) {
        BitSet live = (BitSet) targets.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            int child = parent.size() - 1;
            int edge = others.size() - 1;
            for (int k = count - 1; k >= 0; k--) {
                int from = expanded == null ? k : expanded.get(k);
                boolean reaches = false;
                for (; child > 0 && parent.get(child) == from; child--) {
                    reaches |= live.get(child);
                }
                if (hasOthers.get(k)) {
                    int t;
                    do {
                        t = others.get(edge--);
                        reaches |= live.get(t < 0 ? ~t : t);
                    } while (t >= 0);
                }
                if (reaches && !live.get(from)) {
                    live.set(from);
                    changed = true;
                }
            }
        }
        return live;
    }

    long bytes() {
        return others.bytes() + hasOthers.size() / 8 + (expanded == null ? 0 : expanded.bytes());
    }

    long growthBytes() {
        return others.growthBytes();
    }
}
