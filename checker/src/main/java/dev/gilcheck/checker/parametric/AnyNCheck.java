package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Verdicts for any number of replicas. The view fixpoint over-approximates every N at once: a site
 * none of its joined worlds' steps breaks is unreachable for every N, and the view set is the
 * certificate. A site it does reach is looked for by explicit searches at N = 1, 2, ... up to
 * {@code maxN}: the first that finds it gives the least N and the shortest witness there; one none
 * finds stays UNKNOWN, with the view count and the N tried. The progress property is not a safety
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

    private AnyNCheck() {
    }

    /**
     * @param explicitAt an exhaustive search at N replicas
     * @param minN       search at least up to this N, for the progress property
     * @param maxN       search at most up to this N
     */
    public static Result run(ParametricSystem p, IntFunction<SearchResult> explicitAt, int minN, int maxN,
                             int maxViews) {
        return run(p, explicitAt, minN, maxN, maxViews, Long.MAX_VALUE, ViewFixpoint.Progress.NONE);
    }

    /** As above, the view fixpoint stopping when the heap in use passes {@code maxHeapBytes}, telling {@code progress}. */
    public static Result run(ParametricSystem p, IntFunction<SearchResult> explicitAt, int minN, int maxN,
                             int maxViews, long maxHeapBytes, ViewFixpoint.Progress progress) {
        ViewSet views = ViewFixpoint.run(p, maxViews, maxHeapBytes, progress);
        Map<String, Integer> leastN = new LinkedHashMap<>();
        Map<String, Witness> witnesses = new LinkedHashMap<>();
        List<SearchResult> searches = new ArrayList<>();
        int n = 0;
        while (n < maxN && (n < minN || !views.complete() || !witnesses.keySet().containsAll(views.sites().keySet()))) {
            n++;
            SearchResult r = explicitAt.apply(n);
            searches.add(r);
            for (Witness w : r.witnesses()) {
                String site = w.violation().siteKey();
                if (!witnesses.containsKey(site)) {
                    witnesses.put(site, w);
                    leastN.put(site, n);
                }
            }
        }
        List<String> unbroken = p.invariants().stream().filter(i -> !broken(i, views, witnesses)).toList();
        String unsound = views.complete() ? missedSite(p, views, witnesses, leastN) : null;
        long certifying = System.nanoTime();
        if (views.complete() && unsound == null) {
            String flaw = CertificateCheck.firstFlaw(p, views.views(), Set.copyOf(unbroken));
            unsound = flaw == null ? null : "the certificate check failed: " + flaw;
        }
        double certificateSeconds = (System.nanoTime() - certifying) / 1e9;
        List<SiteVerdict> out = new ArrayList<>();
        for (Map.Entry<String, Witness> e : witnesses.entrySet()) {
            out.add(new SiteVerdict(e.getKey(), SiteVerdict.Kind.REACHABLE, leastN.get(e.getKey()), e.getValue()));
        }
        for (String site : views.sites().keySet()) {
            if (!witnesses.containsKey(site)) {
                out.add(new SiteVerdict(site, SiteVerdict.Kind.UNKNOWN, n, null));
            }
        }
        boolean proved = views.complete() && unsound == null;
        for (String invariant : unbroken) {
            out.add(new SiteVerdict(invariant, proved ? SiteVerdict.Kind.UNREACHABLE : SiteVerdict.Kind.UNKNOWN,
                    proved ? 0 : n, null));
        }
        if (witnesses.values().stream().noneMatch(w -> w.violation().invariant().equals(p.progress()))) {
            out.add(new SiteVerdict(p.progress(), SiteVerdict.Kind.CHECKED_UP_TO, completeUpTo(searches), null));
        }
        return new Result(out, views, searches, n, unsound, certificateSeconds);
    }

    /** Whether the views or an explicit search break {@code invariant} somewhere. */
    private static boolean broken(String invariant, ViewSet views, Map<String, Witness> witnesses) {
        return views.sites().values().stream().anyMatch(v -> v.invariant().equals(invariant))
                || witnesses.values().stream().anyMatch(w -> w.violation().invariant().equals(invariant));
    }

    /** The first safety site an explicit search reached that the complete view set misses, described; null when none. */
    private static String missedSite(ParametricSystem p, ViewSet views, Map<String, Witness> witnesses,
                                     Map<String, Integer> leastN) {
        for (Map.Entry<String, Witness> e : witnesses.entrySet()) {
            if (!e.getValue().violation().invariant().equals(p.progress()) && !views.sites().containsKey(e.getKey())) {
                return "the view set misses " + e.getKey() + ", reached at N=" + leastN.get(e.getKey());
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
