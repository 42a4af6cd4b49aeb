package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.memory.MemoryModel;
import dev.gilcheck.checker.parametric.AnyNCheck;
import dev.gilcheck.checker.parametric.SiteVerdict;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.model.AnyDaemons;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.SiteId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine;

/**
 * One strategy's any-N check as a row of the matrix or of the bench: its verdicts by site and by
 * invariant, and the wall-clock seconds of the whole check (view fixpoint and explicit searches).
 */
record AnyDaemonsRow(CPythonModel model, AnyNCheck.Result result, double seconds) {
    /** The legend of {@link #cell}. */
    static final String CELLS = "N>=n: reachable from n daemon threads on (n is the least); none: unreachable for"
            + " every number of daemons (the view set is the certificate); ?: UNKNOWN (the views reach it, no explicit"
            + " search did); ok<=n: the hang (not a safety property) not found up to n daemons";

    /**
     * Refuses what --any-daemons cannot take, before anything runs: a memory model other than sequential
     * consistency, and a daemon count (the verdicts are for every count).
     */
    static void refuseWhatItCannotTake(CommandLine command, MemoryModel memory) {
        if (memory != MemoryModel.SC) {
            throw new BadInputException("--any-daemons works under sequential consistency only: drop --memory "
                    + memory.id());
        }
        if (command.getParseResult().hasMatchedOption("--daemons")) {
            throw new BadInputException("--any-daemons covers every number of daemons: drop --daemons");
        }
    }

    /** The "%-Ns" format that fits every model's name in a column, at least 22 wide. */
    static String nameColumn(List<CPythonModel> models) {
        return "%-" + models.stream().mapToInt(m -> m.name().length()).reduce(22, Math::max) + "s";
    }

    /** Checks {@code model} for any number of daemons, the explicit searches within {@code limits}. */
    static AnyDaemonsRow run(CPythonModel model, Limits limits) {
        long start = System.nanoTime();
        AnyNCheck.Result r = AnyDaemons.check(model, limits);
        return new AnyDaemonsRow(model, r, (System.nanoTime() - start) / 1e9);
    }

    /** The invariant a verdict is about: its site's, or the one it names when it has no site. */
    static Invariant invariantOf(SiteVerdict v) {
        return v.site().contains(" @ ") ? SiteId.parse(v.site()).invariant() : Invariant.byId(v.site());
    }

    /** The sites with a verdict of their own (REACHABLE or UNKNOWN), in the model's step order. */
    Map<SiteId, SiteVerdict> bySite() {
        Map<SiteId, SiteVerdict> sites = new TreeMap<>();
        for (SiteVerdict v : result.verdicts()) {
            if (v.site().contains(" @ ")) {
                sites.put(SiteId.parse(v.site()), v);
            }
        }
        return sites;
    }

    /** Adds the sites with a verdict of their own to {@code codes}, each with its wording. */
    void addSitesTo(SiteCodes codes) {
        for (SiteVerdict v : result.verdicts()) {
            Violation found = v.witness() != null ? v.witness().violation() : result.views().sites().get(v.site());
            if (found != null) {
                codes.add(found);
            }
        }
    }

    /**
     * The verdict of each invariant: REACHABLE from the least N of its sites; else UNKNOWN if a site of
     * it (or the invariant itself) is; else the check's own verdict on it: UNREACHABLE for every N, or
     * (the hang) CHECKED_UP_TO. An invariant the check says nothing about is UNKNOWN.
     */
    Map<Invariant, SiteVerdict> byInvariant() {
        Map<Invariant, SiteVerdict> out = new EnumMap<>(Invariant.class);
        for (Invariant i : Invariant.values()) {
            SiteVerdict least = null;
            SiteVerdict own = new SiteVerdict(i.id(), SiteVerdict.Kind.UNKNOWN, result.searchedUpTo(), null);
            boolean unknown = false;
            for (SiteVerdict v : result.verdicts()) {
                if (invariantOf(v) != i) {
                    continue;
                }
                if (v.kind() == SiteVerdict.Kind.REACHABLE || v.kind() == SiteVerdict.Kind.REACHABLE_AT) {
                    least = least == null || v.leastN() < least.leastN() ? v : least;
                } else if (v.kind() == SiteVerdict.Kind.UNKNOWN) {
                    unknown = true;
                } else {
                    own = v;
                }
            }
            out.put(i, least != null ? new SiteVerdict(i.id(), least.kind(), least.leastN(), null)
                    : unknown ? new SiteVerdict(i.id(), SiteVerdict.Kind.UNKNOWN, result.searchedUpTo(), null) : own);
        }
        return out;
    }

    /** How many verdicts (sites, or invariants without a site) are of {@code kind}. */
    long count(SiteVerdict.Kind kind) {
        return result.verdicts().stream().filter(v -> v.kind() == kind).count();
    }

    /** Whether the view fixpoint finished and every explicit search was complete. */
    boolean complete() {
        return result.views().complete() && result.searches().stream().allMatch(SearchResult::complete);
    }

    /**
     * A verdict in a few characters: N>=n (REACHABLE), N=n? (REACHABLE_AT: reached at n, a smaller N not
     * ruled out), none (UNREACHABLE), ? (UNKNOWN), ok<=n (CHECKED_UP_TO).
     */
    static String cell(SiteVerdict v) {
        return switch (v.kind()) {
            case REACHABLE -> "N>=" + v.leastN();
            case REACHABLE_AT -> "N=" + v.leastN() + "?";
            case UNREACHABLE -> "none";
            case UNKNOWN -> "?";
            case CHECKED_UP_TO -> "ok<=" + v.leastN();
        };
    }
}
