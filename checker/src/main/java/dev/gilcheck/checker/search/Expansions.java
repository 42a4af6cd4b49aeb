package dev.gilcheck.checker.search;

import java.util.BitSet;

/**
 * The edges of the state graph that the progress check needs, compactly. A world's edges to the
 * worlds it discovered are its children in the parent array, so only the other edges are kept: each
 * expansion's targets one after another, the first of each expansion's run marked (stored as its
 * complement). Expansions are numbered in the order they happen; the world each expanded is kept
 * only once the order stops being the order of ids (depth-first).
 *
 * <p>Backward reachability then needs no predecessor lists: sweeps over the expansions, last first
 * and first last by turns, mark a world when one of its successors is marked, until a sweep changes
 * nothing. The children of an expansion are the ids it discovered, a run just below those of the
 * next expansion that discovered any, so one pointer walks them along the sweep.
 */
final class Expansions {
    private final IntList others = new IntList();
    private final BitSet hasOthers = new BitSet();
    private IntList expanded;
    private int count;
    /** The last expansion given an edge in {@link #others}, or -1. */
    private int lastWithOthers = -1;

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
        if (k == lastWithOthers) {
            others.add(target);
        } else {
            others.add(~target);
            hasOthers.set(k);
            lastWithOthers = k;
        }
    }

    /**
     * The worlds from which some world in {@code targets} is reachable, over the edges of a search
     * that expanded each of its {@code parent.size()} worlds once. Sweeps go last first, then first
     * last, and so on: a sweep last first carries reachability back along the edges to larger ids (all
     * those to children), one first last along those to smaller ids. Once the worlds not reached yet
     * are at most an eighth of them with at most an eighth of the edges, they go on alone with theirs (see {@link Reach#rest}).
     */
    BitSet canReach(BitSet targets, IntList parent) {
        return new Reach(targets, parent).run();
    }

    /**
     * One {@link #canReach}: the worlds marked so far and what a sweep left pending. The edges are
     * only read, so several can run at once.
     */
    private final class Reach {
        private final long[] live;
        private final IntList parent;
        /** After a sweep: the worlds not marked, and their edges. */
        private int pendingWorlds;
        private long pendingEdges;

        Reach(BitSet targets, IntList parent) {
            this.live = java.util.Arrays.copyOf(targets.toLongArray(), (parent.size() + 63) >>> 6);
            this.parent = parent;
        }

        BitSet run() {
            long edges = parent.size() - 1L + others.size();
            boolean lastFirst = true;
            while (lastFirst ? sweepLastFirst() : sweepFirstLast()) {
                if (8 * pendingEdges <= edges && 8L * pendingWorlds <= parent.size()) {
                    rest();
                    break;
                }
                lastFirst = !lastFirst;
            }
            return BitSet.valueOf(live);
        }

        /** One sweep over the expansions, last first; whether it marked a world. Counts what is left pending. */
        private boolean sweepLastFirst() {
            boolean changed = false;
            pendingWorlds = 0;
            pendingEdges = 0;
            int child = parent.size() - 1;
            int edge = others.size() - 1;
            for (int k = count - 1; k >= 0; k--) {
                int from = expanded == null ? k : expanded.get(k);
                boolean reaches = false;
                int degree = 0;
                for (; child > 0 && parent.get(child) == from; child--, degree++) {
                    reaches |= isSet(live, child);
                }
                if (hasOthers.get(k)) {
                    int t;
                    do {
                        t = others.get(edge--);
                        reaches |= isSet(live, t < 0 ? ~t : t);
                        degree++;
                    } while (t >= 0);
                }
                changed |= settle(from, reaches, degree);
            }
            return changed;
        }

        /** One sweep over the expansions, first last; whether it marked a world. Counts what is left pending. */
        private boolean sweepFirstLast() {
            boolean changed = false;
            pendingWorlds = 0;
            pendingEdges = 0;
            int n = parent.size();
            int child = 1;
            int edge = 0;
            for (int k = 0; k < count; k++) {
                int from = expanded == null ? k : expanded.get(k);
                boolean reaches = false;
                int start = edge;
                int firstChild = child;
                for (; child < n && parent.get(child) == from; child++) {
                    reaches |= isSet(live, child);
                }
                if (hasOthers.get(k)) {
                    reaches |= isSet(live, ~others.get(edge++));
                    for (int t; edge < others.size() && (t = others.get(edge)) >= 0; edge++) {
                        reaches |= isSet(live, t);
                    }
                }
                changed |= settle(from, reaches, child - firstChild + edge - start);
            }
            return changed;
        }

        /** Marks {@code from} when it reaches a marked world (true when that is new), else counts it pending. */
        private boolean settle(int from, boolean reaches, int degree) {
            if (reaches) {
                return mark(live, from);
            }
            if (!isSet(live, from)) {
                pendingWorlds++;
                pendingEdges += degree;
            }
            return false;
        }

        /**
         * Finishes {@link #canReach} with only the worlds still pending after the last sweep and their
         * edges (all to pending worlds, since none of them reaches a marked one), copied out first last,
         * then swept by turns until a sweep marks none.
         */
        private void rest() {
            int[] worlds = new int[pendingWorlds];
            int[] firstEdge = new int[pendingWorlds + 1];
            int[] to = new int[Math.toIntExact(pendingEdges)];
            int n = parent.size();
            int child = 1;
            int edge = 0;
            int w = 0;
            int e = 0;
            for (int k = 0; k < count; k++) {
                int from = expanded == null ? k : expanded.get(k);
                boolean pending = !isSet(live, from);
                if (pending) {
                    worlds[w] = from;
                    firstEdge[w++] = e;
                }
                for (; child < n && parent.get(child) == from; child++) {
                    if (pending) {
                        to[e++] = child;
                    }
                }
                if (hasOthers.get(k)) {
                    if (pending) {
                        to[e++] = ~others.get(edge);
                    }
                    for (edge++; edge < others.size() && others.get(edge) >= 0; edge++) {
                        if (pending) {
                            to[e++] = others.get(edge);
                        }
                    }
                }
            }
            firstEdge[w] = e;
            boolean lastFirst = true;
            for (boolean changed = true; changed; lastFirst = !lastFirst) {
                changed = false;
                for (int j = 0; j < w; j++) {
                    int at = lastFirst ? w - 1 - j : j;
                    if (isSet(live, worlds[at])) {
                        continue;
                    }
                    for (int x = firstEdge[at]; x < firstEdge[at + 1]; x++) {
                        if (isSet(live, to[x])) {
                            mark(live, worlds[at]);
                            changed = true;
                            break;
                        }
                    }
                }
            }
        }
    }

    private static boolean isSet(long[] bits, int i) {
        return (bits[i >>> 6] & 1L << i) != 0;
    }

    /** Sets bit {@code i}; whether it was clear. */
    private static boolean mark(long[] bits, int i) {
        long before = bits[i >>> 6];
        bits[i >>> 6] = before | 1L << i;
        return (before & 1L << i) == 0;
    }

    long bytes() {
        return others.bytes() + hasOthers.size() / 8 + (expanded == null ? 0 : expanded.bytes());
    }

    /** At most what {@link #canReach} allocates beyond its bit sets: the pending worlds and their edges, an eighth of all. */
    long reachabilityBytes(int worlds) {
        return (4L * worlds + others.bytes()) / 8 + 8L * worlds / 8;
    }

    long growthBytes() {
        return others.growthBytes();
    }
}
