package dev.gilcheck.model;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a source table: where a step sits (file, function, line as written, possibly with a
 * leading {@code ~}) and, optionally, the step worded as that code has it.
 */
public record SourceRow(Step step, String file, String function, String line, String wording) {

    /** The line as a number, without the {@code ~} of an approximate line. */
    public int lineNumber() {
        return Integer.parseInt(exact() ? line : line.substring(1));
    }

    /** Whether the line is the statement's own line (not marked {@code ~}). */
    public boolean exact() {
        return !line.startsWith("~");
    }

    /**
     * The rows of a source table next to this class: {@code prefix} leading columns (the strategy id
     * in {@code sources.tsv}, none in a release's table), then step, file, function, line and an
     * optional wording.
     */
    static List<Keyed> read(String resource, int prefix) {
        List<Keyed> out = new ArrayList<>();
        for (String[] cols : Tsv.rows(resource, prefix + 4, prefix + 5)) {
            Step step = Step.valueOf(cols[prefix]);
            out.add(new Keyed(prefix == 0 ? "" : cols[0], new SourceRow(step, cols[prefix + 1], cols[prefix + 2],
                    cols[prefix + 3], cols.length == prefix + 5 ? cols[prefix + 4] : null)));
        }
        return out;
    }

    /** A row with the value of its leading column (empty where there is none). */
    record Keyed(String key, SourceRow row) {
    }
}
