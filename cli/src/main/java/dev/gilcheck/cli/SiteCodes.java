package dev.gilcheck.cli;

import dev.gilcheck.checker.Witness;
import dev.gilcheck.model.Check;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Short names S1, S2, ... for violation sites, in the order they are first met, and their legend. */
final class SiteCodes {
    private final Map<String, String> codes = new LinkedHashMap<>();

    /** Codes for every site the checks found, check by check. */
    static SiteCodes of(List<Check> checks) {
        SiteCodes codes = new SiteCodes();
        for (Check c : checks) {
            for (Witness w : c.result().witnesses()) {
                codes.code(w.violation().siteKey());
            }
        }
        return codes;
    }

    /** The code of {@code siteKey}, given it now if it has none yet. */
    String code(String siteKey) {
        return codes.computeIfAbsent(siteKey, k -> "S" + (codes.size() + 1));
    }

    Set<String> sites() {
        return codes.keySet();
    }

    Collection<String> codes() {
        return codes.values();
    }

    /** A blank line, the title, and one line per site: code and key. */
    String legend(String title) {
        StringBuilder sb = new StringBuilder("\n").append(title).append(":\n");
        for (Map.Entry<String, String> e : codes.entrySet()) {
            sb.append(String.format("  %-4s %s%n", e.getValue(), e.getKey()));
        }
        return sb.toString();
    }
}
