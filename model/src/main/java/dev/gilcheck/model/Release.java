package dev.gilcheck.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A CPython release the model covers: its version, its git tag, the strategy whose code it is, and
 * its line table ({@code releases/VERSION.tsv}): for every step the strategy takes, the file,
 * function and line of that step at the release's tag. Where a build of the release was at hand,
 * every row was also resolved in its libpython ({@link #binaryChecked()}).
 */
public final class Release {
    private final String version;
    private final Strategy strategy;
    private final boolean binaryChecked;
    private final Map<Step, SourceRow> rows;

    Release(String version, Strategy strategy, boolean binaryChecked) {
        this.version = version;
        this.strategy = strategy;
        this.binaryChecked = binaryChecked;
        Map<Step, SourceRow> table = new EnumMap<>(Step.class);
        for (SourceRow.Keyed k : SourceRow.read("releases/" + version + ".tsv", 0)) {
            if (table.put(k.row().step(), k.row()) != null) {
                throw new IllegalStateException("releases/" + version + ".tsv has two rows for " + k.row().step());
            }
        }
        this.rows = Collections.unmodifiableMap(table);
    }

    /** The version, such as {@code 3.11.7}. */
    public String version() {
        return version;
    }

    /** The git tag, such as {@code v3.11.7}. */
    public String tag() {
        return "v" + version;
    }

    /** The version without its micro number, such as {@code 3.11}. */
    public String minor() {
        return version.substring(0, version.lastIndexOf('.'));
    }

    public Strategy strategy() {
        return strategy;
    }

    /** Whether the line table is checked against a build of this release (by the binary label test). */
    public boolean binaryChecked() {
        return binaryChecked;
    }

    /** The line table: one row per step the strategy takes that has a source line. */
    public Map<Step, SourceRow> rows() {
        return rows;
    }

    @Override
    public String toString() {
        return version;
    }
}
