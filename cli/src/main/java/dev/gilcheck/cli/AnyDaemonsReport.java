package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gilcheck.checker.parametric.AnyNCheck;
import dev.gilcheck.checker.parametric.SiteVerdict;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.model.CPythonModel;

/** The any-N check's report: one line per site or unbroken invariant, text or JSON. */
final class AnyDaemonsReport {
    private AnyDaemonsReport() {
    }

    static String text(CPythonModel model, AnyNCheck.Result r, boolean timing) {
        StringBuilder sb = new StringBuilder(CheckReport.modelText(model).replaceFirst("bounds: daemons=\\d+ ", "bounds: any daemons, "));
        sb.append(String.format("views: %,d (%s)", r.views().views().size(), !r.views().complete()
                ? "INCOMPLETE: " + r.views().stop() : r.certificate() ? "fixpoint, certificate re-verified" : "fixpoint"));
        if (timing) {
            sb.append(String.format(", %.2f s, certificate %.2f s, peak %d MB", r.views().seconds(),
                    r.certificateSeconds(), r.views().peakBytes() >> 20));
        }
        sb.append("\nexplicit searches (symmetry-reduced):");
        for (int n = 1; n <= r.searches().size(); n++) {
            SearchResult s = r.searches().get(n - 1);
            sb.append(String.format(" N=%d %,d states%s%s", n, s.stats().states(),
                    s.complete() ? "" : " (INCOMPLETE: " + s.stopMessage() + ")", n < r.searches().size() ? ";" : ""));
        }
        sb.append('\n');
        if (r.unsound() != null) {
            sb.append("MODEL BUG: ").append(r.unsound()).append(": no claim for every N is made\n");
        }
        for (SiteVerdict v : r.verdicts()) {
            sb.append(line(v)).append('\n');
            if (v.witness() != null) {
                sb.append("   shortest witness at N=").append(v.leastN()).append(": ").append(v.witness().length())
                        .append(" steps: ").append(v.witness().schedule()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String line(SiteVerdict v) {
        return switch (v.kind()) {
            case REACHABLE -> "REACHABLE from N=" + v.leastN() + ": " + v.site();
            case REACHABLE_AT -> "REACHABLE at N=" + v.leastN() + ": " + v.site() + " (the least N is not known)";
            case UNREACHABLE -> "UNREACHABLE for every N: " + v.site() + " (no site)";
            case UNKNOWN -> "UNKNOWN: " + v.site() + " (not proved by the views, not reached with N <= " + v.leastN() + ")";
            case CHECKED_UP_TO -> "checked up to N=" + v.leastN() + ": " + v.site() + " (not a safety property)";
        };
    }

    /** Puts the view count, whether the fixpoint finished, its seconds and the largest N searched into {@code views}. */
    static void viewsJson(ObjectNode views, AnyNCheck.Result r, boolean timing) {
        views.put("count", r.views().views().size());
        views.put("complete", r.views().complete());
        views.put("certificate", r.certificate());
        if (r.unsound() != null) {
            views.put("unsound", r.unsound());
        }
        CheckReport.seconds(views, timing, r.views().seconds());
        views.put("searchedUpTo", r.searchedUpTo());
    }

    static String json(CPythonModel model, AnyNCheck.Result r, boolean timing) {
        ObjectNode root = CheckReport.modelJson(model);
        ((ObjectNode) root.get("bounds")).remove("daemons");
        root.put("anyDaemons", true);
        viewsJson(root.putObject("views"), r, timing);
        ArrayNode searches = root.putArray("searches");
        for (int n = 1; n <= r.searches().size(); n++) {
            SearchResult s = r.searches().get(n - 1);
            ObjectNode o = searches.addObject();
            o.put("n", n);
            o.put("states", s.stats().states());
            o.put("complete", s.complete());
            if (!s.complete()) {
                o.put("stop", s.stopMessage());
            }
        }
        ArrayNode sites = root.putArray("verdicts");
        for (SiteVerdict v : r.verdicts()) {
            ObjectNode o = sites.addObject();
            o.put("site", v.site());
            o.put("verdict", v.kind().name());
            if (v.kind() != SiteVerdict.Kind.UNREACHABLE) {
                o.put("n", v.leastN());
            }
            if (v.witness() != null) {
                ObjectNode w = o.putObject("witness");
                CheckReport.witnessJson(w, v.witness());
            }
        }
        return CheckReport.write(root);
    }
}
