package dev.gilcheck.specs.lincheck.port;

import dev.gilcheck.model.Step;

/**
 * A place in the C code: the function and what it does there, named by the model's step for the
 * same C access (chosen by hand, by meaning). Sharing the step's name, and nothing else of the
 * model, lets the two checkers' findings be compared even when the model renames a function for
 * an old commit or rewords an action.
 */
public record Site(Step step) {

    public String key() {
        return step.function() + ": " + step.action();
    }
}
