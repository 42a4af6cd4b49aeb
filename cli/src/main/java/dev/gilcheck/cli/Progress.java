package dev.gilcheck.cli;

import dev.gilcheck.checker.parametric.ViewFixpoint;
import dev.gilcheck.checker.random.RandomExplorer;
import dev.gilcheck.checker.search.SearchProgress;
import java.io.PrintWriter;

/**
 * Progress of long searches and random explorations on stderr, never stdout (stdout stays the same
 * from run to run): at most one line every two seconds, the first after two seconds, when asked for
 * or when stderr is a terminal. Shown or not, the latest state is kept for {@link #latest()}, which
 * Ctrl-C prints.
 */
final class Progress implements RandomExplorer.Progress, SearchProgress, ViewFixpoint.Progress {
    private static final long EVERY_NANOS = 2_000_000_000L;
    private static volatile String latest;

    private final PrintWriter err;
    private final String what;
    private final boolean show;
    private long next = System.nanoTime() + EVERY_NANOS;

    /** @param what the command and strategy, e.g. "check py313"; @param show whether to print */
    Progress(PrintWriter err, String what, boolean show) {
        this.err = err;
        this.what = what;
        this.show = show;
    }

    /** What the latest search or exploration had done when last heard of, with the sites it met; null before any. */
    static String latest() {
        return latest;
    }

    @Override
    public void update(int runsDone, int runs, int sitesFound) {
        report(String.format("%s: %,d of %,d runs, %d %s met", what, runsDone, runs, sitesFound,
                sitesFound == 1 ? "site" : "sites"), "", runsDone < runs);
    }

    @Override
    public void update(Snapshot s) {
        report(String.format("%s: %,d states, %,d transitions, depth %d, %,.0f states/s, %d %s so far", what,
                s.states(), s.transitions(), s.depth(), s.statesPerSecond(), s.sites().size(),
                s.sites().size() == 1 ? "site" : "sites"),
                s.sites().isEmpty() ? "" : "; sites so far: " + String.join("; ", s.sites()), true);
    }

    @Override
    public void update(int views, int pending, double seconds, int sites) {
        report(String.format("%s: %,d views, %,d of them still to step, %d %s so far", what, views, pending, sites,
                sites == 1 ? "site" : "sites"), "", true);
    }

    private void report(String line, String sites, boolean running) {
        latest = line + sites;
        if (show && running && System.nanoTime() >= next) {
            err.println("gilcheck: " + line);
            err.flush();
            next = System.nanoTime() + EVERY_NANOS;
        }
    }
}
