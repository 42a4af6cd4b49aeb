package dev.gilcheck.checker.search;

/**
 * How an exhaustive search runs. Every combination reports the same violation sites; they differ in
 * speed, memory, and what they promise about witnesses.
 *
 * @param order       breadth-first (shortest witnesses) or depth-first
 * @param fingerprint keep a 64-bit fingerprint per world instead of the world itself (a collision
 *                    could hide a world; its probability is reported)
 * @param symmetry    store one world per class of worlds that differ only by interchangeable fibers
 *                    (needs the model's {@link Canonicalizer})
 * @param por         partial-order reduction: a step touching only its fiber's private fields is
 *                    taken alone (needs the model's private fields)
 * @param threads     search threads; more than one runs the parallel search (batches of the queue), which
 *                    is breadth-first with fingerprints
 */
public record SearchOptions(Order order, boolean fingerprint, boolean symmetry, boolean por, int threads) {
    public enum Order { BFS, DFS }

    public static final SearchOptions PLAIN = new SearchOptions(Order.BFS, false, false, false, 1);

    public SearchOptions {
        if (threads < 1) {
            throw new SearchOptionsException(SearchOptionsException.Problem.THREADS_OUT_OF_RANGE, threads);
        }
        if (threads > 1 && order == Order.DFS) {
            throw new SearchOptionsException(SearchOptionsException.Problem.PARALLEL_DEPTH_FIRST, threads);
        }
        if (threads > 1 && !fingerprint) {
            throw new SearchOptionsException(SearchOptionsException.Problem.PARALLEL_EXACT, threads);
        }
    }

    public boolean parallel() {
        return threads > 1;
    }

    public SearchOptions withOrder(Order o) {
        return new SearchOptions(o, fingerprint, symmetry, por, threads);
    }

    public SearchOptions withFingerprint(boolean on) {
        return new SearchOptions(order, on, symmetry, por, threads);
    }

    public SearchOptions withSymmetry(boolean on) {
        return new SearchOptions(order, fingerprint, on, por, threads);
    }

    public SearchOptions withPor(boolean on) {
        return new SearchOptions(order, fingerprint, symmetry, on, threads);
    }

    public SearchOptions withThreads(int n) {
        return new SearchOptions(order, n > 1 || fingerprint, symmetry, por, n);
    }

    /** What the options turn on, e.g. "bfs fingerprint symmetry", for tables and reports. */
    public String describe() {
        StringBuilder sb = new StringBuilder(order.name().toLowerCase(java.util.Locale.ROOT));
        if (fingerprint) {
            sb.append(" fingerprint");
        }
        if (symmetry) {
            sb.append(" symmetry");
        }
        if (por) {
            sb.append(" por");
        }
        if (threads > 1) {
            sb.append(" threads=").append(threads);
        }
        return sb.toString();
    }
}
