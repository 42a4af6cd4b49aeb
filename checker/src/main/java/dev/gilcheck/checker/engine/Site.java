package dev.gilcheck.checker.engine;

/**
 * Where a step sits in the modelled source, and what it does there.
 *
 * @param key      stable identifier of the modelled step, the same in every variant of the model
 *                 whatever its wording (used to group violations into sites)
 * @param function the modelled function
 * @param location file, line and revision of the modelled code, as precise as is known
 * @param action   what the step does, in the modelled code's own terms
 */
public record Site(String key, String function, String location, String action) {

    /** The step as the modelled code words it: function and action. */
    public String label() {
        return function + ": " + action;
    }

    /** How a trace line names this step: function, location and action. */
    public String describe() {
        return function + " (" + location + "): " + action;
    }
}
