package dev.gilcheck.model;

import dev.gilcheck.checker.engine.BadInputException;

/** A bound of a modelled run out of its range; typed so that a front end can name its own option. */
public final class BoundsException extends BadInputException {
    private static final long serialVersionUID = 1L;

    /** Which bound. */
    public enum Bound { DAEMONS, LOOPS, RELEASES, CTHREADS, NEW_THREADS }

    private final Bound bound;
    private final int value;
    private final int min;
    private final int max;

    BoundsException(Bound bound, int value, int min, int max) {
        super(bound.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + value + " is out of range: use " + min + " to "
                + max);
        this.bound = bound;
        this.value = value;
        this.min = min;
        this.max = max;
    }

    public Bound bound() {
        return bound;
    }

    public int value() {
        return value;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
