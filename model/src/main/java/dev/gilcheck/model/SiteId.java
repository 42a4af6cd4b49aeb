package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Site;
import dev.gilcheck.checker.engine.Violation;
import java.util.Comparator;

/**
 * A violation site: an invariant broken at a modelled step. Its identity never depends on how a
 * version's source words the step, nor on toggles or the order a search met it; its short code is
 * the invariant's letter and the step's number in {@link Step}'s order.
 */
public record SiteId(Invariant invariant, Step step) implements Comparable<SiteId> {
    private static final Comparator<SiteId> ORDER = Comparator.comparing(SiteId::step)
            .thenComparing(SiteId::invariant);

    /** The site of {@code v}, a violation found in the CPython model. */
    public static SiteId of(Violation v) {
        return parse(v.siteKey());
    }

    /** The site a key "invariant @ STEP" names. */
    public static SiteId parse(String key) {
        int at = key.indexOf(" @ ");
        Invariant invariant = at < 0 ? null : Invariant.byId(key.substring(0, at));
        if (invariant == null) {
            throw new IllegalArgumentException("not a site of the model: " + key);
        }
        return new SiteId(invariant, Step.valueOf(key.substring(at + 3)));
    }

    /** The modelled step a step of the CPython model's programs is at: its site's key names it. */
    public static Step stepAt(Site site) {
        return Step.valueOf(site.key());
    }

    /** The key under which searches group findings: "invariant @ STEP", as {@link Violation#siteKey()}. */
    public String key() {
        return invariant.id() + " @ " + step.name();
    }

    /** A short column name: the invariant's letter and the step's number, e.g. "T38". */
    public String code() {
        return invariant.letter() + Integer.toString(step.ordinal() + 1);
    }

    @Override
    public int compareTo(SiteId other) {
        return ORDER.compare(this, other);
    }
}
