package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.Witness;

/**
 * The any-N verdict of one site (invariant @ step), or of a safety invariant no view breaks.
 *
 * @param site    the site key, or the invariant's id when the verdict is about every site of it
 * @param kind    REACHABLE from {@code leastN} on; REACHABLE_AT {@code leastN}, a smaller N not ruled out
 *                (found by random runs past the exhaustive searches, or after an incomplete one);
 *                UNREACHABLE for every N; UNKNOWN; or CHECKED_UP_TO {@code leastN} (a property that is
 *                not a safety property, not broken up to there)
 * @param leastN  the least N that reaches it (REACHABLE), an N that does (REACHABLE_AT), or the largest
 *                N tried (UNKNOWN, CHECKED_UP_TO)
 * @param witness the shortest run at {@code leastN} (REACHABLE), a shrunk one (REACHABLE_AT), else null
 */
public record SiteVerdict(String site, Kind kind, int leastN, Witness witness) {
    public enum Kind { REACHABLE, REACHABLE_AT, UNREACHABLE, UNKNOWN, CHECKED_UP_TO }
}
