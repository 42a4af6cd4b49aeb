package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.Violation;

/**
 * One violation site as many runs met it.
 *
 * @param hits     how many runs met it (a run counts once, however often it met the site)
 * @param firstRun the number of the first run that met it, counted from 1: the runs it took to find
 * @param first    that run, replayed up to the step that broke the invariant
 */
public record SiteTally(Violation violation, int hits, int firstRun, Trace first) {
}
