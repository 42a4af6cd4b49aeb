package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.BadInputException;

/**
 * Search options that cannot run together, or that the system cannot honour. The problem is typed so
 * that a front end can name its own options; the message names none.
 */
public final class SearchOptionsException extends BadInputException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the options. */
    public enum Problem {
        THREADS_OUT_OF_RANGE("search threads %d is out of range: use 1 or more"),
        PARALLEL_DEPTH_FIRST("the parallel search is breadth-first: search depth-first on one thread only"),
        PARALLEL_EXACT("the parallel search keeps fingerprints: store fingerprints or search on one thread"),
        NO_SYMMETRY("this system declares no symmetry: search without the symmetry reduction"),
        NO_PRIVATE_FIELDS("this system declares no private fields: search without the partial-order reduction");

        private final String message;

        Problem(String message) {
            this.message = message;
        }
    }

    private final Problem problem;
    private final int threads;

    SearchOptionsException(Problem problem, int threads) {
        super(String.format(java.util.Locale.ROOT, problem.message, threads));
        this.problem = problem;
        this.threads = threads;
    }

    public Problem problem() {
        return problem;
    }

    /** The threads asked for. */
    public int threads() {
        return threads;
    }
}
