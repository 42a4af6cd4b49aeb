package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;

/** Thread counts a user asks for, bounded so that a typo cannot starve the machine of processes. */
final class Threads {
    /** Threads per core at most: more only adds switching. */
    static final int PER_CORE = 4;

    private Threads() {
    }

    /** The most threads this machine allows: {@value #PER_CORE} per available core. */
    static int max() {
        return PER_CORE * Runtime.getRuntime().availableProcessors();
    }

    /** {@code requested}, given as {@code option}, when it is 1 to {@link #max()}; bad input otherwise. */
    static int bounded(String option, int requested) {
        if (requested < 1 || requested > max()) {
            throw new BadInputException(option + " " + requested + " is out of range: use 1 to " + max() + " ("
                    + PER_CORE + " per core; this machine has " + Runtime.getRuntime().availableProcessors() + ")");
        }
        return requested;
    }
}
