package dev.gilcheck.crosscheck.port;

/** A thread touched a PyThreadState or PyInterpreterState after it was freed. */
public final class UseAfterFree extends ProtocolViolation {
    private static final long serialVersionUID = 1L;

    UseAfterFree(String invariant, Site site, String what) {
        super(invariant, site, true, what + " was freed");
    }
}
