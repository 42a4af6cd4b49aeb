package dev.gilcheck.model;

import dev.gilcheck.checker.Site;
import dev.gilcheck.checker.SourceLocation;
import java.util.Map;

/**
 * Links from a modelled step to the CPython source it mirrors, on GitHub, at the revision whose
 * lines the source map gives: {@code https://github.com/python/cpython/blob/REV/FILE#LLINE}.
 * A commit written {@code HASH^} (the parent) keeps its {@code ^}, escaped. Where a strategy is
 * named by a short version tag that GitHub does not have, the link uses the release or commit
 * whose lines sources.tsv records as read.
 */
public final class SourceLink {
    private static final String REPO = "https://github.com/python/cpython";
    /** Strategy tags whose source-map lines were read at another revision (see sources.tsv). */
    private static final Map<String, String> LINES_READ_AT = Map.of(
            "v3.12", "v3.12.5",
            "v3.13", "v3.13.5",
            "v3.14", "adeee1bd");

    private SourceLink() {
    }

    /** The revision to link for {@code strategy}, ready for a URL path. */
    public static String revision(Strategy strategy) {
        String rev = LINES_READ_AT.getOrDefault(strategy.commit(), strategy.commit());
        return rev.replace("^", "%5E");
    }

    /** The strategy's commit (or tag) itself. */
    public static String commit(Strategy strategy) {
        String c = strategy.commit();
        if (c.matches("[0-9a-f]{40}")) {
            return REPO + "/commit/" + c;
        }
        return REPO + "/tree/" + revision(strategy);
    }

    /** The file and line of {@code site} at the strategy's revision, or null when no file is known. */
    public static String of(Strategy strategy, Site site) {
        SourceLocation loc = SourceLocation.parse(site.location());
        if (!loc.file().contains("/")) {
            return null;
        }
        return REPO + "/blob/" + revision(strategy) + "/" + loc.file() + (loc.hasLine() ? "#L" + loc.line() : "");
    }
}
