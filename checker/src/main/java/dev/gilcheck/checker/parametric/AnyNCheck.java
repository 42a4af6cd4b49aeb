package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Verdicts for any number of replicas. The view fixpoint over-approximates every N at once: a site
 * none of its joined worlds' steps breaks is unreachable for every N, and the view set is the
 * certificate. A site it does reach is looked for by explicit searches at N = 1, 2, ... up to
 * {@code maxN}: the first that finds it gives the least N and the shortest witness there (when the
 * searches at every smaller N were complete; else it is reached at that N, a smaller one not ruled
 * out). One none finds is looked for by random runs at larger N, which give an N that reaches it and
 * a shrunk witness; one they miss too stays UNKNOWN, with the view count and the largest N tried. The progress property is not a safety
 * property (more replicas can take a way out away), so it is only ever checked up to the largest N searched.
 *
 * <p>A complete view set is re-verified by {@link CertificateCheck} before anything is claimed for
 * every N. A site an explicit search reaches but a complete view set misses would prove the
 * abstraction unsound for the system (a model step that does not restrict to its views, which the
 * restriction audit looks for): the result then says so, and no claim for every N is made; so does
 * a failed certificate check.
 */
public final class AnyNCheck {
    /**
     * Every verdict, the view set they rest on, the explicit searches run, the largest N searched,
     * why the view set is no certificate although complete (null when it is one), and the seconds
     * the certificate check took.
     */
    public record Result(List<SiteVerdict> verdicts, ViewSet views, List<SearchResult> searches, int searchedUpTo,
                         String unsound, double certificateSeconds) {
        /** Whether the view set proves what it does not reach unreachable for every N. */
        public boolean certificate() {
            return views.complete() && unsound == null;
        }
    }

    /** Random runs at N replicas for sites no exhaustive search reached: the shrunk witness of each met. */
    @FunctionalInterface
    public interface RandomSearch {
        RandomSearch NONE = (n, sites) -> Map.of();

        Map<String, Witness> find(int n, Set<String> sites);
    }

    /**
     * How the sites the views reach are looked for.
     *
     * @param explicitAt an exhaustive search at N replicas
     * @param minN       search exhaustively at least up to this N, for the progress property
     * @param maxN       and at most up to this N
     * @param randomAt   random runs at N replicas, for the sites still unreached after the exhaustive searches
     * @param randomUpTo the random runs go from N = maxN + 1 up to this N
     */
    public record Searches(IntFunction<SearchResult> explicitAt, int minN, int maxN, RandomSearch randomAt,
                           int randomUpTo) {
        /** Exhaustive searches only. */
        public Searches(IntFunction<SearchResult> explicitAt, int minN, int maxN) {
            this(explicitAt, minN, maxN, RandomSearch.NONE, maxN);
        }
    }

    private AnyNCheck() {
    }

    /** The verdicts, from a view fixpoint of at most {@code maxViews} views. */
    public static Result run(ParametricSystem p, Searches searches, int maxViews) {
        return run(p, searches, maxViews, Long.MAX_VALUE, ViewFixpoint.Progress.NONE);
    }

    /** As above, the view fixpoint stopping when the heap in use passes {@code maxHeapBytes}, telling {@code progress}. */
    public static Result run(ParametricSystem p, Searches how, int maxViews, long maxHeapBytes,
                             ViewFixpoint.Progress progress) {
        ViewSet views = ViewFixpoint.run(p, maxViews, maxHeapBytes, progress);
        Map<String, SiteVerdict> reached = new LinkedHashMap<>();
        List<SearchResult> searches = new ArrayList<>();
        int n = 0;
        while (n < how.maxN() && (n < how.minN() || !views.complete()
                || !reached.keySet().containsAll(views.sites().keySet()))) {
            n++;
            boolean smallerRuledOut = completeUpTo(searches) == n - 1;
            SearchResult r = how.explicitAt().apply(n);
            searches.add(r);
            for (Witness w : r.witnesses()) {
                reach(reached, w, n, smallerRuledOut);
            }
        }
        Set<String> unreached = new LinkedHashSet<>(views.sites().keySet());
        unreached.removeAll(reached.keySet());
        for (int k = n + 1; k <= how.randomUpTo() && !unreached.isEmpty(); k++) {
            for (Witness w : how.randomAt().find(k, Set.copyOf(unreached)).values()) {
                reach(reached, w, k, false);
                unreached.remove(w.violation().siteKey());
            }
        }
        List<String> unbroken = p.invariants().stream().filter(i -> !broken(i, views, reached)).toList();
        String unsound = views.complete() ? missedSite(p, views, reached) : null;
        long certifying = System.nanoTime();
        if (views.complete() && unsound == null) {
            String flaw = CertificateCheck.firstFlaw(p, views.views(), Set.copyOf(unbroken));
            unsound = flaw == null ? null : "the certificate check failed: " + flaw;
        }
        double certificateSeconds = (System.nanoTime() - certifying) / 1e9;
        List<SiteVerdict> out = new ArrayList<>(reached.values());
        for (String site : unreached) {
            out.add(new SiteVerdict(site, SiteVerdict.Kind.UNKNOWN, Math.max(n, how.randomUpTo()), null));
        }
        boolean proved = views.complete() && unsound == null;
        for (String invariant : unbroken) {
            out.add(new SiteVerdict(invariant, proved ? SiteVerdict.Kind.UNREACHABLE : SiteVerdict.Kind.UNKNOWN,
                    proved ? 0 : n, null));
        }
        if (reached.values().stream().noneMatch(v -> v.witness().violation().invariant().equals(p.progress()))) {
            out.add(new SiteVerdict(p.progress(), SiteVerdict.Kind.CHECKED_UP_TO, completeUpTo(searches), null));
        }
        return new Result(out, views, searches, n, unsound, certificateSeconds);
    }

    /** Whether the views or an explicit search break {@code invariant} somewhere. */
    private static boolean broken(String invariant, ViewSet views, Map<String, SiteVerdict> reached) {
        return views.sites().values().stream().anyMatch(v -> v.invariant().equals(invariant))
                || reached.values().stream().anyMatch(v -> v.witness().violation().invariant().equals(invariant));
    }

    /** Records the first run that reached a site: at its least N when every smaller N was ruled out. */
    private static void reach(Map<String, SiteVerdict> reached, Witness w, int n, boolean leastN) {
        String site = w.violation().siteKey();
        reached.putIfAbsent(site, new SiteVerdict(site, leastN ? SiteVerdict.Kind.REACHABLE : SiteVerdict.Kind.REACHABLE_AT,
                n, w));
    }

    /** The first safety site a search reached that the complete view set misses, described; null when none. */
    private static String missedSite(ParametricSystem p, ViewSet views, Map<String, SiteVerdict> reached) {
        for (SiteVerdict v : reached.values()) {
            if (!v.witness().violation().invariant().equals(p.progress()) && !views.sites().containsKey(v.site())) {
                return "the view set misses " + v.site() + ", reached at N=" + v.leastN();
            }
        }
        return null;
    }

    /** The largest N up to which every search was complete. */
    private static int completeUpTo(List<SearchResult> searches) {
        int n = 0;
        while (n < searches.size() && searches.get(n).complete()) {
            n++;
        }
        return n;
    }
}
