package dev.gilcheck.model.api;

/**
 * A violation site a check reached, with the shortest run that reaches it.
 *
 * @param key       the site: invariant and the modelled step where it breaks
 * @param invariant the id of the invariant that breaks (see {@link dev.gilcheck.model.Invariant})
 * @param length    the number of steps of the shortest witness
 * @param schedule  the witness as a schedule ({@code gilcheck replay --schedule} takes it)
 * @param trace     the witness as readable text: one line per step, which thread, which C line
 */
public record Site(String key, String invariant, int length, String schedule, String trace) {
}
