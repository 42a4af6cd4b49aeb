package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gilcheck.checker.parametric.SiteVerdict;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.SiteId;
import java.util.List;
import java.util.Map;

/**
 * The matrix "for every N": per strategy, each invariant reachable from the least number of daemon
 * threads, unreachable for every number, UNKNOWN, or (the hang) checked up to some number; then the
 * least N of each site. Text or JSON.
 */
final class AnyDaemonsMatrix {
    private AnyDaemonsMatrix() {
    }

    /** The bounds but for the daemon count, e.g. "loops=1 releases=1 cthreads=0". */
    static String boundsWithoutDaemons(Bounds b) {
        return b.toString().replaceFirst("^daemons=\\d+ ", "");
    }

    static String text(List<AnyDaemonsRow> rows, ModelOptions options, boolean timing) {
        StringBuilder sb = new StringBuilder();
        sb.append("bounds: any daemons, ").append(boundsWithoutDaemons(rows.get(0).model().bounds())).append('\n');
        sb.append(options.memoryLine());
        sb.append(options.overridesLine());
        String name = AnyDaemonsRow.nameColumn(rows.stream().map(AnyDaemonsRow::model).toList());
        sb.append(String.format(name + " %10s %8s", "strategy", "views", "searched"));
        if (timing) {
            sb.append(String.format(" %8s", "seconds"));
        }
        for (Invariant i : Invariant.values()) {
            sb.append(String.format(" %-6s", i.letter()));
        }
        sb.setLength(sb.toString().stripTrailing().length());
        sb.append('\n');
        for (AnyDaemonsRow row : rows) {
            StringBuilder line = new StringBuilder(String.format(name + " %,10d %8s", row.model().name(),
                    row.result().views().views().size(), "N<=" + row.result().searchedUpTo()));
            if (timing) {
                line.append(String.format(" %8.2f", row.seconds()));
            }
            for (SiteVerdict v : row.byInvariant().values()) {
                line.append(String.format(" %-6s", AnyDaemonsRow.cell(v)));
            }
            sb.append(line.toString().stripTrailing()).append(row.complete() ? "" : "  INCOMPLETE").append('\n');
        }
        sb.append(incompleteNotes(rows));
        sb.append("\nleast N per site (?: UNKNOWN; n?: reached at n, a smaller N not ruled out):\n");
        for (AnyDaemonsRow row : rows) {
            StringBuilder sites = new StringBuilder();
            for (Map.Entry<SiteId, SiteVerdict> e : row.bySite().entrySet()) {
                SiteVerdict v = e.getValue();
                sites.append(' ').append(e.getKey().code()).append(':')
                        .append(v.kind() == SiteVerdict.Kind.REACHABLE ? Integer.toString(v.leastN())
                                : v.kind() == SiteVerdict.Kind.REACHABLE_AT ? v.leastN() + "?" : "?");
            }
            sb.append(String.format("  " + name + "%s%n", row.model().name(), sites.length() == 0 ? " (none)" : sites));
        }
        sb.append("\ncolumns:");
        for (Invariant i : Invariant.values()) {
            sb.append(' ').append(i.letter()).append(' ').append(i.id()).append(i.ordinal() + 1 < Invariant.values().length
                    ? "," : "\n");
        }
        sb.append("cells: ").append(AnyDaemonsRow.CELLS).append('\n');
        sb.append("searched: the explicit searches (for the least N and the witnesses) ran from N=1 up to there\n");
        sb.append(codes(rows).legend("sites (invariant @ step)"));
        return sb.toString();
    }

    private static SiteCodes codes(List<AnyDaemonsRow> rows) {
        SiteCodes codes = new SiteCodes();
        rows.forEach(r -> r.addSitesTo(codes));
        return codes;
    }

    /** For each row with a fixpoint or a search that stopped early, a line saying why. */
    private static String incompleteNotes(List<AnyDaemonsRow> rows) {
        StringBuilder sb = new StringBuilder();
        rows.forEach(row -> sb.append(incompleteNotes(row)));
        return sb.toString();
    }

    /** If the row's fixpoint or one of its searches stopped early, a line saying why for each; else "". */
    static String incompleteNotes(AnyDaemonsRow row) {
        StringBuilder sb = new StringBuilder();
        if (!row.result().views().complete()) {
            sb.append("INCOMPLETE ").append(row.model().name()).append(": the view fixpoint stopped: ")
                    .append(row.result().views().stop()).append('\n');
        }
        List<SearchResult> searches = row.result().searches();
        for (int n = 1; n <= searches.size(); n++) {
            if (!searches.get(n - 1).complete()) {
                sb.append("INCOMPLETE ").append(row.model().name()).append(": the search at N=").append(n)
                        .append(" stopped: ").append(searches.get(n - 1).stopMessage()).append('\n');
            }
        }
        return sb.toString();
    }

    static String json(List<AnyDaemonsRow> rows, ModelOptions options, boolean timing) {
        ObjectNode root = CheckReport.boundsJson(rows.get(0).model().bounds());
        ((ObjectNode) root.get("bounds")).remove("daemons");
        root.put("memoryModel", options.memoryModel().id());
        CheckReport.overridesJson(root, options.settings());
        root.put("anyDaemons", true);
        codes(rows).putJson(root);
        ArrayNode strategies = root.putArray("strategies");
        for (AnyDaemonsRow row : rows) {
            ObjectNode o = strategies.addObject();
            o.put("strategy", row.model().name());
            AnyDaemonsReport.viewsJson(o.putObject("views"), row.result(), timing);
            o.put("complete", row.complete());
            CheckReport.seconds(o, timing, row.seconds());
            ObjectNode invariants = o.putObject("invariants");
            for (Map.Entry<Invariant, SiteVerdict> e : row.byInvariant().entrySet()) {
                verdict(invariants.putObject(e.getKey().id()), e.getValue());
            }
            ObjectNode sites = o.putObject("sites");
            for (Map.Entry<SiteId, SiteVerdict> e : row.bySite().entrySet()) {
                verdict(sites.putObject(e.getKey().code()), e.getValue());
            }
        }
        return CheckReport.write(root);
    }

    private static void verdict(ObjectNode o, SiteVerdict v) {
        o.put("verdict", v.kind().name());
        if (v.kind() != SiteVerdict.Kind.UNREACHABLE) {
            o.put("n", v.leastN());
        }
    }
}
