package dev.gilcheck.model;

import dev.gilcheck.checker.engine.BadInputException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;

/** The CPython releases the model covers, listed in {@code releases/releases.tsv}. */
public final class Releases {
    private static final List<Release> ALL = load();

    private Releases() {
    }

    /** Every release, oldest first. */
    public static List<Release> all() {
        return ALL;
    }

    /** The release of {@code version} (such as {@code 3.11.7}); bad input names the valid ones. */
    public static Release byVersion(String version) {
        for (Release r : ALL) {
            if (r.version().equals(version)) {
                return r;
            }
        }
        StringJoiner j = new StringJoiner(", ");
        for (Release r : ALL) {
            j.add(r.version());
        }
        throw new BadInputException("unknown release '" + version + "'; valid releases: " + j);
    }

    /** Rows: version, strategy id, and whether the table is checked against a build ({@code binary} or {@code source}). */
    private static List<Release> load() {
        List<Release> out = new ArrayList<>();
        for (String[] cols : Tsv.rows("releases/releases.tsv", 3)) {
            if (!cols[2].equals("binary") && !cols[2].equals("source")) {
                throw new IllegalStateException("releases/releases.tsv: checked against 'binary' or 'source', not "
                        + cols[2]);
            }
            out.add(new Release(cols[0], Strategy.byId(cols[1]), cols[2].equals("binary")));
        }
        return Collections.unmodifiableList(out);
    }
}
