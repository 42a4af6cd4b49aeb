package dev.gilcheck.cli;

import dev.gilcheck.model.Ablation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * An ablation as text: per site (S1, S2, ... in the order the combinations reach them) the minimal
 * sets of changes that close it, or that bring it in and then close it again; a closing set that
 * brings in another site says so (often a fatal violation earlier in the same runs hides the one
 * it closes); then, per change, the sites it helps to close.
 */
final class AblationText {
    private final Ablation a;
    private final List<Ablation.Outcome> outcomes;
    private final List<Ablation.Finding> findings;
    private final Map<String, String> names = new LinkedHashMap<>();

    AblationText(Ablation a, List<Ablation.Outcome> outcomes, List<Ablation.Finding> findings) {
        this.a = a;
        this.outcomes = outcomes;
        this.findings = findings;
        for (Ablation.Finding f : findings) {
            names.put(f.site(), "S" + (names.size() + 1));
        }
    }

    String render() {
        StringBuilder sb = new StringBuilder();
        int n = a.combinations().count();
        long states = outcomes.stream().mapToLong(Ablation.Outcome::states).sum();
        boolean complete = outcomes.stream().allMatch(Ablation.Outcome::complete);
        sb.append(String.format("ablation of the take_gil / PyEval_RestoreThread changes on top of %s (%s) at %s%n",
                a.base().id(), a.base().commit(), a.bounds()));
        String kept = a.start().toString();
        sb.append("kept (the finalization side): ").append(kept.isEmpty() ? "(nothing changed)" : kept).append('\n');
        StringJoiner ablated = new StringJoiner(" ");
        a.toggles().forEach(t -> ablated.add(t.id() + "=" + String.join("|", t.choices())));
        sb.append("ablated: ").append(ablated).append('\n');
        sb.append(String.format("%,d combinations, each checked exhaustively: %,d states in all%s%n", n, states,
                complete ? "" : " (SOME INCOMPLETE: an absent site proves nothing there)"));
        int own = a.baseCombination();
        sb.append(String.format("%s's own combination: %s, reaching %s%n%n", a.base().id(), set(own, own),
                outcomes.get(own).sites().isEmpty() ? "no site" : String.join(" ", outcomes.get(own).sites().stream()
                        .map(names::get).toList())));
        for (Ablation.Finding f : findings) {
            sb.append(String.format("%-4s%s%n", names.get(f.site()), f.site()));
            sb.append(String.format("    reachable in %,d of %,d combinations%s%n", f.reachableIn(), n,
                    outcomes.get(own).sites().contains(f.site()) ? ", including " + a.base().id() + "'s own" : ""));
            if (f.introducedBy().isEmpty()) {
                sb.append("    reachable with none of these changes; minimal sets that make it unreachable: ")
                        .append(sets(f.sufficient(), 0, "none: no combination does")).append('\n');
            } else {
                sb.append("    unreachable with none of these changes (minimal sufficient set: {});"
                        + " minimal sets that bring it in:\n");
                for (int i = 0; i < f.introducedBy().size(); i++) {
                    int given = f.introducedBy().get(i);
                    sb.append("      ").append(set(given, given)).append(", then unreachable again with: ")
                            .append(sets(f.closedGiven().get(i), given, "nothing else")).append('\n');
                }
            }
        }
        return sb.append('\n').append(matters()).toString();
    }

    /** {@code {a, b=v}}, and the sites the combination reaches that {@code context} does not. */
    private String set(int combination, int context) {
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (String option : a.options(combination)) {
            j.add(option.endsWith("=on") ? option.substring(0, option.length() - 3) : option);
        }
        List<String> brought = brought(combination, context);
        return brought.isEmpty() ? j.toString() : j + " (but bringing in " + String.join(" ", brought) + ")";
    }

    /** The sites combination {@code c} reaches and {@code context} does not. */
    private List<String> brought(int c, int context) {
        List<String> out = new ArrayList<>();
        for (String site : outcomes.get(c).sites()) {
            if (!outcomes.get(context).sites().contains(site)) {
                out.add(names.get(site));
            }
        }
        return out;
    }

    private String sets(List<Integer> combinations, int context, String none) {
        if (combinations.isEmpty()) {
            return none;
        }
        StringJoiner j = new StringJoiner(" or ");
        combinations.forEach(c -> j.add(set(c, context)));
        return j.toString();
    }

    /**
     * For each change, the sites whose minimal closing sets it belongs to; {@code S2>S9} when the set
     * closes S2 but brings in S9 (often a fatal violation earlier in the same runs, which hides S2).
     */
    private String matters() {
        Map<String, List<String>> bySite = new LinkedHashMap<>();
        for (int c = 0; c < a.combinations().count(); c++) {
            if (a.combinations().size(c) == 1) {
                bySite.put(a.options(c).get(0), new ArrayList<>());
            }
        }
        for (Ablation.Finding f : findings) {
            closes(bySite, f, f.sufficient(), 0);
            for (int i = 0; i < f.introducedBy().size(); i++) {
                closes(bySite, f, f.closedGiven().get(i), f.introducedBy().get(i));
            }
        }
        StringBuilder sb = new StringBuilder("which changes help close a site (part of a minimal closing set;"
                + " S2>S9: closes S2 but brings in S9):\n");
        bySite.forEach((option, sites) -> sb.append(String.format("  %-40s %s%n", option,
                sites.isEmpty() ? "none" : String.join(" ", sites))));
        return sb.toString();
    }

    private void closes(Map<String, List<String>> bySite, Ablation.Finding f, List<Integer> closing, int context) {
        for (int c : closing) {
            List<String> brought = brought(c, context);
            String entry = names.get(f.site()) + (brought.isEmpty() ? "" : ">" + String.join(">", brought));
            for (String option : a.options(c)) {
                List<String> sites = bySite.get(option);
                if (!a.options(context).contains(option) && !sites.contains(entry)) {
                    sites.add(entry);
                }
            }
        }
    }
}
