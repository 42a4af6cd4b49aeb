package dev.gilcheck.model.api;

import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.checker.search.Verdict;
import dev.gilcheck.checker.view.TraceText;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Check;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The public entry point: checks a variant of a modelled CPython version exhaustively and says which
 * violation sites it reaches, each with its shortest witness.
 * <pre>
 * Variant patched = GilCheck.load(Path.of("src/test/resources/patch.yaml"));
 * CheckResult r = GilCheck.check(patched, Bounds.DEFAULT);
 * if (r.verdict() == Verdict.VIOLATED) System.out.println(r.sites().get(0).trace());
 * </pre>
 * A check that stops early (a memory limit) says {@link Verdict#UNKNOWN}; it never claims SAFE.
 */
public final class GilCheck {
    private GilCheck() {
    }

    /** The variant a strategy file describes ({@link StrategyFile}). */
    public static Variant load(Path strategyFile) {
        return StrategyFile.load(strategyFile);
    }

    /** Checks {@code variant} at the default bounds (two daemons, one loop, one release). */
    public static CheckResult check(Variant variant) {
        return check(variant, Bounds.DEFAULT);
    }

    /** Checks {@code variant} at {@code bounds} within what the heap can hold. */
    public static CheckResult check(Variant variant, Bounds bounds) {
        return check(variant, bounds, Limits.forHeap());
    }

    /**
     * Checks {@code variant} at {@code bounds}, every state stored exactly, the daemons' symmetry
     * reduced; a search that reaches {@code limits} stops and says {@link Verdict#UNKNOWN}.
     */
    public static CheckResult check(Variant variant, Bounds bounds, Limits limits) {
        SearchResult r = Check.run(variant.model(bounds), limits, SearchOptions.PLAIN.withSymmetry(true)).result();
        List<Site> sites = new ArrayList<>();
        for (Witness w : r.witnesses()) {
            sites.add(new Site(w.violation().siteKey(), w.violation().invariant(), w.length(),
                    w.schedule().toString(), TraceText.format(w.trace())));
        }
        return new CheckResult(variant, bounds, r.verdict(), sites, r.stats().states(),
                r.complete() ? "" : r.stopMessage());
    }
}
