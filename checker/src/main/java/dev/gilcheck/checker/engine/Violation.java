package dev.gilcheck.checker.engine;

import java.util.List;

/**
 * A broken invariant, observed at the step {@code site}. A fatal violation ends the run (the
 * modelled program has undefined behaviour from there on); a non-fatal one is recorded and the run
 * goes on.
 */
public record Violation(String invariant, Site site, boolean fatal) {

    /** The site key under which findings are grouped: invariant and step. */
    public String siteKey() {
        return invariant + " @ " + site.key();
    }

    /** Whether one of {@code violations} ends the run. */
    public static boolean anyFatal(List<Violation> violations) {
        for (Violation v : violations) {
            if (v.fatal()) {
                return true;
            }
        }
        return false;
    }
}
