package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Site;
import dev.gilcheck.checker.engine.SourceLocation;

/**
 * Links from a modelled step to the CPython source it mirrors, on GitHub, at the revision whose
 * lines the source map gives: {@code https://github.com/python/cpython/blob/REV/FILE#LLINE}.
 * A commit written {@code HASH^} (the parent) keeps its {@code ^}, escaped.
 */
public final class SourceLink {
    private static final String REPO = "https://github.com/python/cpython";

    private SourceLink() {
    }

    /** The revision to link for {@code strategy}, ready for a URL path. */
    public static String revision(Strategy strategy) {
        return strategy.commit().replace("^", "%5E");
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
