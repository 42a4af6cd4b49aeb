package dev.gilcheck.cli;

import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.checker.search.SearchOptionsException;
import picocli.CommandLine.Option;

/** How the exhaustive search runs: order, store, reductions, threads. The sites found never depend on them. */
final class SearchMixin {
    @Option(names = "--dfs", description = "depth-first instead of breadth-first (witnesses are then not the shortest)")
    boolean dfs;

    @Option(names = "--fingerprint", description = "store 64-bit fingerprints instead of whole states (less memory;"
            + " the collision probability is printed)")
    boolean fingerprint;

    @Option(names = "--symmetry", description = "store one state per permutation of interchangeable daemon threads")
    boolean symmetry;

    @Option(names = "--por", description = "partial-order reduction: a daemon step touching only its own locals and flags"
            + " set for good (finalizing, interp freed) runs alone")
    boolean por;

    @Option(names = "--threads", defaultValue = "1", description = "search threads, 1 to 4 per core; more than 1 implies"
            + " --fingerprint (default ${DEFAULT-VALUE})")
    int threads;

    SearchOptions options() {
        Threads.bounded("--threads", threads);
        return new SearchOptions(dfs ? SearchOptions.Order.DFS : SearchOptions.Order.BFS, fingerprint || threads > 1,
                symmetry, por, threads);
    }

    /** The search's refusal in this command line's words: the options to change. */
    static String message(SearchOptionsException e) {
        return switch (e.problem()) {
            case THREADS_OUT_OF_RANGE -> "--threads " + e.threads() + " is out of range: use 1 or more";
            case PARALLEL_DEPTH_FIRST -> "the parallel search is breadth-first: drop --dfs or use --threads 1";
            case PARALLEL_EXACT -> "the parallel search keeps fingerprints: add --fingerprint or use --threads 1";
            case NO_SYMMETRY -> "this system declares no symmetry: drop --symmetry";
            case NO_PRIVATE_FIELDS -> "this system declares no private fields: drop --por";
        };
    }
}
