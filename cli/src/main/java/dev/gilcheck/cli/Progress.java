package dev.gilcheck.cli;

import dev.gilcheck.checker.random.RandomExplorer;
import java.io.PrintWriter;

/**
 * Progress of long random explorations on stderr, at most one line every two seconds, so that
 * stdout stays the same from run to run.
 */
final class Progress implements RandomExplorer.Progress {
    private static final long EVERY_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final String what;
    private long next = System.nanoTime() + EVERY_NANOS;

    Progress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    @Override
    public void update(int runsDone, int runs, int sitesFound) {
        if (runsDone < runs && System.nanoTime() >= next) {
            err.printf("gilcheck: %s: %,d of %,d runs, %d %s met%n", what, runsDone, runs, sitesFound,
                    sitesFound == 1 ? "site" : "sites");
            next = System.nanoTime() + EVERY_NANOS;
        }
    }
}
