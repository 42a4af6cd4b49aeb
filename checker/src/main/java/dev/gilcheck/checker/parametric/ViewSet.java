package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.Violation;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of a view fixpoint: the views, the violations some joined world's step breaks (by
 * site key, in the order met: the same from run to run), and whether the fixpoint was reached ({@code stop} null) or a limit
 * stopped it first.
 */
public record ViewSet(Set<View> views, Map<String, Violation> sites, String stop, long joins, double seconds,
                      long peakBytes) {

    public boolean complete() {
        return stop == null;
    }
}
