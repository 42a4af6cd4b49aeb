package dev.gilcheck.checker.random;

/** How a run ended. */
public enum Ending {
    /** No move was enabled and the system had reached its goal (the process exited). */
    FINISHED,
    /** No move was enabled short of the goal: the progress fiber waits for ever. */
    DEADLOCK,
    /** A step broke an invariant after which nothing is defined. */
    FATAL,
    /** The run reached the step bound; a cycle (a wait that keeps timing out) may go on for ever. */
    STEP_BOUND,
    /** The scheduler had no more choices. */
    OUT_OF_CHOICES
}
