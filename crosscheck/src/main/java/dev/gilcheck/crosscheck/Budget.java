package dev.gilcheck.crosscheck;

import dev.gilcheck.checker.engine.BadInputException;

/**
 * How much Lincheck may search per strategy.
 *
 * @param invocations     invocations per Lincheck run
 * @param maxRuns         runs per scenario, each passing over the findings already made, before the search
 *                        is called broken (a run that keeps finding something new)
 * @param deepInvocations the budget of the targeted runs for each site Lincheck missed (0: none): that many
 *                        invocations with 1 daemon, a quarter with 2, and so on
 */
public record Budget(int invocations, int maxRuns, int deepInvocations) {
    /** The budget known-disagreements.tsv was recorded with. */
    public static final Budget DEFAULT = new Budget(2500, 10, 25000);

    public Budget {
        if (invocations < 1 || maxRuns < 1 || deepInvocations < 0) {
            throw new BadInputException("Lincheck's budget needs at least 1 invocation per run and 1 run, and no"
                    + " negative targeted budget (got " + invocations + ", " + maxRuns + ", " + deepInvocations + ")");
        }
    }
}
