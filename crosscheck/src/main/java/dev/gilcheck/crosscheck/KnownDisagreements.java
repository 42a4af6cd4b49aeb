package dev.gilcheck.crosscheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Disagreements that were looked into and explained, with who is wrong (known-disagreements.tsv, a resource of this package).
 * A ledger, not a verdict: both verdicts are still computed every run; an entry only says why they
 * differ, and an entry whose disagreement no longer occurs is stale and fails the test.
 */
final class KnownDisagreements {
    private record Entry(String strategy, String finding, Row.Agreement seen, String explanation) {
    }

    private final List<Entry> entries;

    private KnownDisagreements(List<Entry> entries) {
        this.entries = entries;
    }

    /** No explanations: for a run the ledger is not about (other toggles or bounds). */
    static KnownDisagreements none() {
        return new KnownDisagreements(List.of());
    }

    static KnownDisagreements load() {
        try (InputStream in = KnownDisagreements.class.getResourceAsStream("known-disagreements.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/gilcheck/crosscheck/known-disagreements.tsv");
            }
            List<Entry> entries = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                entries.add(new Entry(f[0], f[1], Row.Agreement.valueOf(f[2]), f[3]));
            }
            return new KnownDisagreements(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The explanation of this row's disagreement, or null if nobody has explained it. */
    String explain(Row r) {
        for (Entry e : entries) {
            if (e.strategy.equals(r.strategy().id()) && e.finding.equals(r.key()) && e.seen == r.agreement()) {
                return e.explanation;
            }
        }
        return null;
    }

    /** Entries about {@code c}'s strategy whose disagreement did not occur in it. */
    List<String> stale(StrategyCrossCheck c) {
        List<String> out = new ArrayList<>();
        for (Entry e : entries) {
            if (c.strategy().id().equals(e.strategy) && c.rows().stream().noneMatch(
                    r -> r.key().equals(e.finding) && r.agreement() == e.seen)) {
                out.add("listed in known-disagreements.tsv but did not occur: " + e.finding + " (" + e.seen + ")");
            }
        }
        return out;
    }
}
