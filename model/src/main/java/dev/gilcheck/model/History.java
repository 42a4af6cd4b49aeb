package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.checker.search.SearchProgress;
import dev.gilcheck.model.catalogue.Catalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One version next to the one before it, both checked at the same bounds: what the change was (the
 * toggles that differ), which violation sites it closed, which it opened and which remain.
 */
public final class History {
    private final Check now;
    private final Check before;

    private History(Check now, Check before) {
        this.now = now;
        this.before = before;
    }

    /**
     * Checks {@code strategy} and, if there is one, the version before it, each built by {@code models},
     * each search telling how far it got to the progress {@code progress} gives for its model.
     */
    public static History of(Strategy strategy, Function<Strategy, CPythonModel> models,
                      Function<CPythonModel, SearchProgress> progress) {
        Strategy previous = previous(strategy);
        return new History(checked(models.apply(strategy), progress),
                previous == null ? null : checked(models.apply(previous), progress));
    }

    /** Checks a user's variant {@code now} and the strategy it patches, {@code base}, to compare the two. */
    public static History against(CPythonModel now, CPythonModel base, Function<CPythonModel, SearchProgress> progress) {
        return new History(checked(now, progress), checked(base, progress));
    }

    /** Checks {@code model} exhaustively, refusing first bounds that cannot fit in this JVM. */
    public static Check checked(CPythonModel model, Function<CPythonModel, SearchProgress> progress) {
        Limits limits = Limits.forHeap();
        StateSpaceEstimate.requireFits(model, limits);
        return Check.run(model, limits, SearchOptions.PLAIN, progress.apply(model));
    }

    /** The version before {@code s} in history, or null for the first. */
    public static Strategy previous(Strategy s) {
        return s.ordinal() == 0 ? null : Strategy.values()[s.ordinal() - 1];
    }

    public Check now() {
        return now;
    }

    /** The version before, checked; null for the first version. */
    public Check before() {
        return before;
    }

    /** Whether both searches were complete: only then do closed, opened and remaining sites prove anything. */
    public boolean complete() {
        return checks().stream().allMatch(c -> c.result().complete());
    }

    /** The checks: now, and the version before when there is one. */
    public List<Check> checks() {
        return before == null ? List.of(now) : List.of(now, before);
    }

    /** The toggles that differ from the version before, as "id: old -> new". */
    public List<String> changes() {
        List<String> out = new ArrayList<>();
        if (before == null) {
            return out;
        }
        for (Toggle t : Toggle.values()) {
            String old = before.model().toggles().value(t);
            String value = now.model().toggles().value(t);
            if (!old.equals(value)) {
                out.add(t.id() + ": " + old + " -> " + value);
            }
        }
        return out;
    }

    /** Sites reachable before and not now, with the witness from before. */
    public List<Witness> closed() {
        return before == null ? List.of() : minus(before, now);
    }

    /** Sites reachable now and not before (every site, for the first version). */
    public List<Witness> opened() {
        return before == null ? sites(now) : minus(now, before);
    }

    /** Sites reachable both before and now, with the witness from now. */
    public List<Witness> remaining() {
        if (before == null) {
            return List.of();
        }
        Map<String, Witness> old = bySite(before);
        return sites(now).stream().filter(w -> old.containsKey(w.violation().siteKey())).toList();
    }

    /** The shortest witness now (the first found among equals), or null when nothing is reachable. */
    public Witness shortest() {
        return sites(now).stream().min(Comparator.comparingInt(Witness::length)).orElse(null);
    }

    private static List<Witness> sites(Check c) {
        return c.result().witnesses();
    }

    private static List<Witness> minus(Check a, Check b) {
        Map<String, Witness> other = bySite(b);
        return sites(a).stream().filter(w -> !other.containsKey(w.violation().siteKey())).toList();
    }

    private static Map<String, Witness> bySite(Check c) {
        Map<String, Witness> m = new LinkedHashMap<>();
        for (Witness w : sites(c)) {
            m.put(w.violation().siteKey(), w);
        }
        return m;
    }
}
