package dev.gilcheck.checker.search;

/** Which limit stopped a search before it covered every reachable world. */
public enum StopReason {
    /** The limit on distinct worlds. */
    STATES,
    /** The search data would no longer fit the heap. */
    MEMORY,
    /** The wall-clock limit. */
    TIME,
    /** The search threads were interrupted. */
    INTERRUPTED
}
