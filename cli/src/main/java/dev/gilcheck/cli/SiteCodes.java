package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.SiteId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The violation sites some checks found, in the model's step order, each with its short code
 * ({@link SiteId#code()}: the same for the same site whatever the toggles or the order found) and a
 * label, the step as the first version that reached it words it.
 */
final class SiteCodes {
    private final Map<SiteId, String> labels = new TreeMap<>();

    /** Every site the checks found. */
    static SiteCodes of(List<Check> checks) {
        SiteCodes codes = new SiteCodes();
        for (Check c : checks) {
            for (Witness w : c.result().witnesses()) {
                codes.add(w.violation());
            }
        }
        return codes;
    }

    /** Adds the site of {@code v}, labelled with its wording unless the site is known already. */
    void add(Violation v) {
        labels.putIfAbsent(SiteId.of(v), v.site().label());
    }

    /** The sites, in the model's step order. */
    List<SiteId> sites() {
        return List.copyOf(labels.keySet());
    }

    String label(SiteId site) {
        return labels.get(site);
    }

    /** Puts the sites into {@code root} as the array "sites": each site's code, invariant, step and label. */
    void putJson(ObjectNode root) {
        ArrayNode listed = root.putArray("sites");
        for (SiteId site : sites()) {
            ObjectNode o = listed.addObject();
            o.put("id", site.code());
            o.put("invariant", site.invariant().id());
            o.put("step", site.step().name());
            o.put("label", label(site));
        }
    }

    /** A blank line, the title, and one line per site: code, key and label. */
    String legend(String title) {
        StringBuilder sb = new StringBuilder("\n").append(title).append(":\n");
        for (Map.Entry<SiteId, String> e : labels.entrySet()) {
            sb.append(String.format("  %-4s %s  (%s)%n", e.getKey().code(), e.getKey().key(), e.getValue()));
        }
        return sb.toString();
    }
}
