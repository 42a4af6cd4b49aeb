package dev.gilcheck.crosscheck.port;

/**
 * A broken invariant observed by the port, thrown where it happens. An {@code Error} so that no
 * ported code path can swallow it. Fatal violations end the run, as undefined behaviour would.
 */
public class ProtocolViolation extends Error {
    private static final long serialVersionUID = 1L;

    private final String invariant;
    private final Site site;
    private final boolean fatal;

    ProtocolViolation(String invariant, Site site, boolean fatal, String detail) {
        super(invariant + " @ " + site.key() + " [" + detail + "]", null, false, false);
        this.invariant = invariant;
        this.site = site;
        this.fatal = fatal;
    }

    public String invariant() {
        return invariant;
    }

    public Site site() {
        return site;
    }

    public boolean fatal() {
        return fatal;
    }

    /** "invariant @ function: action", the way findings are keyed on both sides. */
    public String siteKey() {
        return invariant + " @ " + site.key();
    }
}
