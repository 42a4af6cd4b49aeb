package dev.gilcheck.checker.engine;

import java.util.List;

/**
 * What a front end needs from a model of a concurrent protocol to check it and show its witnesses:
 * a name, the checkable system at the model's bounds, the invariant under which hangs are reported,
 * and the earlier steps a witness's violation depends on.
 */
public interface ProtocolModel {
    /** A short name of the modelled variant, such as a strategy id. */
    String name();

    /** One line saying what the variant is. */
    String summary();

    /** The fibers and their programs, each step labelled with the modelled source. */
    FiberSystem system();

    /** The invariant under which a world from which the progress fiber can never finish is reported. */
    String progressInvariant();

    /** The steps the violation at the end of {@code trace}, a run of {@code system} (built by {@link #system()}), depends on. */
    List<Blame.Cause> culprits(FiberSystem system, Trace trace);
}
