package dev.gilcheck.cli;

import dev.gilcheck.checker.parametric.SiteVerdict;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.model.AnyDaemons;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Invariant;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Measures the any-N check of each strategy: views, seconds of the view fixpoint and of the explicit
 * searches, the heap's peak, and how many sites are reachable from each least N, unreachable for
 * every N or UNKNOWN. The counts never vary from run to run; the seconds and megabytes do.
 */
final class AnyDaemonsBench {
    private AnyDaemonsBench() {
    }

    static void run(List<CPythonModel> models, Limits limits, PrintWriter out) {
        String name = AnyDaemonsRow.nameColumn(models);
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, name + " %10s %8s", "strategy", "views",
                "searched"));
        for (int n = 1; n <= AnyDaemons.MAX_N; n++) {
            head.append(String.format(Locale.ROOT, " %5s", "N=" + n));
        }
        out.println(head.append(String.format(Locale.ROOT, " %6s %11s %7s %-6s %8s %7s %8s %8s %7s", "N=n?",
                "unreachable", "unknown", "hang", "views s", "cert s", "search s", "total s", "peak MB")));
        StringBuilder incomplete = new StringBuilder();
        for (CPythonModel model : models) {
            HeapPeak peak = HeapPeak.start();
            AnyDaemonsRow row = AnyDaemonsRow.run(model, limits);
            out.println(line(row, name, peak.megabytes()));
            out.flush();
            incomplete.append(AnyDaemonsMatrix.incompleteNotes(row));
        }
        out.print(incomplete);
        out.println();
        out.println("N=n: sites reachable from n daemon threads on (n the least, found by an explicit search at n);"
                + " N=n?: sites reached at some n whose least N is not known (PCT runs past the explicit searches);"
                + " unreachable: invariants no view breaks, unreachable for every N; unknown: sites the views reach"
                + " and no explicit search did; hang: " + Invariant.MAIN_THREAD_EXITS.id() + " (not a safety property),"
                + " N>=n when found, ok<=n when not found up to n; searched: the explicit searches ran at N=1 up to"
                + " there; views s: the view fixpoint's wall clock; cert s: the certificate check's; search s: the"
                + " explicit searches'; total s: the"
                + " whole check's; peak MB: the heap's peak during the check.");
    }

    private static String line(AnyDaemonsRow row, String name, long peakMegabytes) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, name + " %,10d %8s", row.model().name(),
                row.result().views().views().size(), "N<=" + row.result().searchedUpTo()));
        for (int n = 1; n <= AnyDaemons.MAX_N; n++) {
            int least = n;
            sb.append(String.format(Locale.ROOT, " %5d", row.result().verdicts().stream()
                    .filter(v -> v.kind() == SiteVerdict.Kind.REACHABLE && v.leastN() == least).count()));
        }
        double searchSeconds = row.result().searches().stream().mapToDouble(r -> r.stats().seconds()).sum();
        sb.append(String.format(Locale.ROOT, " %6d %11d %7d %-6s %8.2f %7.2f %8.2f %8.2f %7d",
                row.count(SiteVerdict.Kind.REACHABLE_AT), row.count(SiteVerdict.Kind.UNREACHABLE),
                row.count(SiteVerdict.Kind.UNKNOWN), AnyDaemonsRow.cell(row.byInvariant().get(Invariant.MAIN_THREAD_EXITS)),
                row.result().views().seconds(), row.result().certificateSeconds(), searchSeconds, row.seconds(),
                peakMegabytes));
        return sb.append(row.complete() ? "" : "  INCOMPLETE").toString();
    }
}
