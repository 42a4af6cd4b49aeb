package dev.gilcheck.model;

import dev.gilcheck.checker.engine.BadInputException;

/**
 * A model whose estimated state space will not fit the search's limits; it carries the numbers so
 * that a front end can say, in its own options, how to make the search fit.
 */
public final class TooLargeException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final transient CPythonModel model;
    private final double states;
    private final long megabytes;
    private final double budget;

    TooLargeException(CPythonModel model, double states, long megabytes, double budget) {
        super(needs(model, states, megabytes, budget) + ": use smaller bounds, or give Java more memory");
        this.model = model;
        this.states = states;
        this.megabytes = megabytes;
        this.budget = budget;
    }

    /** What the search needs and what this JVM holds, without saying how to make it fit. */
    public String needs() {
        return needs(model, states, megabytes, budget);
    }

    private static String needs(CPythonModel model, double states, long megabytes, double budget) {
        return String.format("%s at %s needs about %.1e states (about %,d MB); this JVM can hold about %.1e",
                model.strategy().id(), model.bounds(), states, megabytes, budget);
    }
}
