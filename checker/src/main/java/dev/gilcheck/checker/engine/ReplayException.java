package dev.gilcheck.checker.engine;

/** A schedule that cannot be replayed to its end: why, and the steps before the one that cannot be taken. */
public final class ReplayException extends BadInputException {
    private static final long serialVersionUID = 1L;

    private final transient Trace prefix;

    public ReplayException(String message, Trace prefix) {
        super(message);
        this.prefix = prefix;
    }

    /** The steps replayed before the failing one (possibly none). */
    public Trace prefix() {
        return prefix;
    }
}
