package dev.gilcheck.checker.search;

/** What a search concluded about one question: a witness found, none possible, or not known. */
public enum Verdict {
    /** The search covered every reachable state and found no violation. */
    SAFE,
    /** The search found a violation; a witness exists. */
    VIOLATED,
    /** The search stopped early (a bound or a limit) without a violation: nothing is claimed. */
    UNKNOWN
}
