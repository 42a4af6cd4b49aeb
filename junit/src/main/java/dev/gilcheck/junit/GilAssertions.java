package dev.gilcheck.junit;

import dev.gilcheck.checker.search.Verdict;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.api.CheckResult;
import dev.gilcheck.model.api.GilCheck;
import dev.gilcheck.model.api.Site;
import dev.gilcheck.model.api.Variant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.opentest4j.AssertionFailedError;

/**
 * JUnit 5 assertions about a variant of a modelled CPython version, typically a patch described by a
 * strategy file:
 * <pre>
 * Variant patched = GilAssertions.variant(Path.of("strategies/patch-on.yaml"));
 * GilAssertions.assertNoSite(patched, Invariant.MAIN_THREAD_EXITS);
 * </pre>
 * Each variant is checked once per bounds and JVM (the result is kept). A failure prints the shortest
 * witness: its schedule and, step by step, which thread did what at which line of CPython. A search
 * that stopped early proves no absence: the assertions that claim one then fail.
 */
public final class GilAssertions {
    private static final Map<Variant, Map<Bounds, CheckResult>> CHECKED = new ConcurrentHashMap<>();

    private GilAssertions() {
    }

    /** The variant a strategy file describes; a bad file fails with the one line that says what to fix. */
    public static Variant variant(Path strategyFile) {
        return GilCheck.load(strategyFile);
    }

    /** The check of {@code variant} at {@code bounds}, run once and kept. */
    public static CheckResult check(Variant variant, Bounds bounds) {
        return CHECKED.computeIfAbsent(variant, v -> new ConcurrentHashMap<>())
                .computeIfAbsent(bounds, b -> GilCheck.check(variant, b));
    }

    /** Fails unless {@code variant} is SAFE at the default bounds: every state seen, no site. */
    public static void assertSafe(Variant variant) {
        assertSafe(variant, Bounds.DEFAULT);
    }

    /** Fails unless {@code variant} is SAFE at {@code bounds}. */
    public static void assertSafe(Variant variant, Bounds bounds) {
        CheckResult r = check(variant, bounds);
        if (r.verdict() != Verdict.SAFE) {
            throw new AssertionFailedError(name(r) + " is " + r.verdict() + ", not SAFE" + stopped(r)
                    + witnesses(r.sites()));
        }
    }

    /** Fails if {@code variant} breaks {@code invariant} anywhere at the default bounds. */
    public static void assertNoSite(Variant variant, Invariant invariant) {
        assertNoSite(variant, Bounds.DEFAULT, invariant);
    }

    /** Fails if {@code variant} breaks {@code invariant} anywhere at {@code bounds}. */
    public static void assertNoSite(Variant variant, Bounds bounds, Invariant invariant) {
        assertNoSite(check(variant, bounds), invariant);
    }

    /** Fails if the check {@code r} met {@code invariant} broken, or stopped before it could show it never is. */
    static void assertNoSite(CheckResult r, Invariant invariant) {
        assertAbsent(r, invariant.id(), s -> s.invariant().equals(invariant.id()));
    }

    /** Fails if {@code variant} reaches the site {@code key} (invariant @ step) at the default bounds. */
    public static void assertNoSite(Variant variant, String key) {
        assertNoSite(variant, Bounds.DEFAULT, key);
    }

    /** Fails if {@code variant} reaches the site {@code key} at {@code bounds}. */
    public static void assertNoSite(Variant variant, Bounds bounds, String key) {
        assertAbsent(check(variant, bounds), key, s -> s.key().equals(key));
    }

    /** Fails unless {@code variant} breaks {@code invariant} at the default bounds; returns the shortest such site. */
    public static Site assertSite(Variant variant, Invariant invariant) {
        return assertSite(variant, Bounds.DEFAULT, invariant);
    }

    /** Fails unless {@code variant} breaks {@code invariant} at {@code bounds}; returns the shortest such site. */
    public static Site assertSite(Variant variant, Bounds bounds, Invariant invariant) {
        return assertPresent(check(variant, bounds), invariant.id(), s -> s.invariant().equals(invariant.id()));
    }

    /** Fails unless {@code variant} reaches the site {@code key} at the default bounds; returns it. */
    public static Site assertSite(Variant variant, String key) {
        return assertSite(variant, Bounds.DEFAULT, key);
    }

    /** Fails unless {@code variant} reaches the site {@code key} at {@code bounds}; returns it. */
    public static Site assertSite(Variant variant, Bounds bounds, String key) {
        return assertPresent(check(variant, bounds), key, s -> s.key().equals(key));
    }

    private static void assertAbsent(CheckResult r, String what, Predicate<Site> matches) {
        List<Site> found = r.sites().stream().filter(matches).toList();
        if (!found.isEmpty()) {
            throw new AssertionFailedError(name(r) + " reaches " + what + witnesses(found));
        }
        if (!r.complete()) {
            throw new AssertionFailedError(name(r) + ": the search stopped early (" + r.stopReason()
                    + "), so it cannot show that " + what + " is unreachable: give the JVM more heap or check"
                    + " smaller bounds");
        }
    }

    private static Site assertPresent(CheckResult r, String what, Predicate<Site> matches) {
        return r.sites().stream().filter(matches).findFirst().orElseThrow(() -> new AssertionFailedError(
                name(r) + " does not reach " + what + stopped(r) + "; the sites it reaches:" + keys(r.sites())));
    }

    private static String name(CheckResult r) {
        String changes = r.variant().changes();
        return r.variant().title() + " (" + r.variant().base().id() + (changes.isEmpty() ? "" : " with " + changes)
                + ", " + r.bounds() + ")";
    }

    private static String stopped(CheckResult r) {
        return r.complete() ? "" : " (the search stopped early: " + r.stopReason() + ")";
    }

    private static String keys(List<Site> sites) {
        StringBuilder sb = new StringBuilder(sites.isEmpty() ? " none" : "");
        sites.forEach(s -> sb.append("\n  ").append(s.key()));
        return sb.toString();
    }

    /** Each site with its shortest witness: length, schedule, trace. */
    private static String witnesses(List<Site> sites) {
        StringBuilder sb = new StringBuilder();
        for (Site s : sites) {
            sb.append("\n\n").append(s.key()).append("  (shortest witness: ").append(s.length()).append(" steps)\n")
                    .append("schedule: ").append(s.schedule()).append('\n').append(s.trace());
        }
        return sb.toString();
    }
}
