package dev.gilcheck.crosscheck;

import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Our exhaustive checker against Lincheck on the JVM port, strategy by strategy (issue 4): a summary
 * per strategy, and files with everything else (Lincheck's full traces, the per-site report). The
 * ledger of explained disagreements (known-disagreements.tsv) is about the strategies as they are at
 * the default bounds; its entries count as stale only when the budget is the one it was recorded with.
 */
public final class CrossCheck {
    /** The first line of every file a cross-check writes starts with this, so that a file not ours is never replaced. */
    public static final String MARK = "gilcheck crosscheck";
    private static final String REPORT = "report.md";
    private static final String CONSOLE = "lincheck-console.txt";

    private final List<StrategyCrossCheck> checks;
    private final KnownDisagreements known;
    private final List<Summary> summaries;
    private final Bounds bounds;
    private final Budget budget;
    private final double seconds;
    private final String console;

    private CrossCheck(List<StrategyCrossCheck> checks, Bounds bounds, Budget budget, double seconds, String console) {
        this.checks = checks;
        this.bounds = bounds;
        this.budget = budget;
        this.seconds = seconds;
        this.console = console;
        boolean ledgerApplies = bounds.equals(Bounds.DEFAULT) && checks.stream().allMatch(StrategyCrossCheck::asIs);
        this.known = ledgerApplies ? KnownDisagreements.load() : KnownDisagreements.none();
        boolean ledgerComplete = ledgerApplies && budget.equals(Budget.DEFAULT);
        this.summaries = checks.stream().map(c -> Summary.of(c, known, ledgerComplete)).toList();
    }

    /** Cross-checks each strategy with the toggles {@code toggles} gives it; Lincheck's console output is kept for a file. */
    public static CrossCheck run(List<Strategy> strategies, Function<Strategy, Toggles> toggles, Bounds bounds,
                                 Budget budget) {
        long start = System.nanoTime();
        List<StrategyCrossCheck> checks = new ArrayList<>();
        String console = QuietConsole.during(() -> strategies.forEach(
                s -> checks.add(StrategyCrossCheck.run(s, toggles.apply(s), bounds, budget))));
        return new CrossCheck(checks, bounds, budget, (System.nanoTime() - start) / 1e9, console);
    }

    public List<Summary> summaries() {
        return summaries;
    }

    /** Every disagreement explained, every search sound: the cross-check passes. */
    public boolean agrees() {
        return summaries.stream().allMatch(s -> s.unexplained().isEmpty());
    }

    /** The summary: one row per strategy, then every unexplained disagreement on a line of its own. */
    public String table() {
        int width = Math.max("strategy".length(), summaries.stream().mapToInt(s -> s.strategy().length()).max().orElse(0));
        String row = "%-" + width + "s  %-8s  %5s  %8s  %6s  %6s  %12s  %9s  %11s%n";
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Cross-check against Lincheck (%s; %s)%n",
                bounds, describe(budget)));
        b.append(String.format(Locale.ROOT, row, "strategy", "ours", "sites", "Lincheck", "agreed", "missed",
                "unobservable", "explained", "unexplained"));
        for (Summary s : summaries) {
            b.append(String.format(Locale.ROOT, row, s.strategy(), s.ours(), s.ourSites(), s.lincheckSites(), s.agreed(),
                    s.lincheckMissed(), s.notObservable(), s.explained(), s.unexplained().size()));
        }
        for (Summary s : summaries) {
            s.unexplained().forEach(u -> b.append("UNEXPLAINED ").append(s.strategy()).append(": ").append(u).append('\n'));
        }
        b.append(agrees() ? "Every disagreement is explained or a budget limit (missed).\n"
                : "DISAGREE: see the lines above and the traces.\n");
        return b.toString();
    }

    private static String describe(Budget budget) {
        return budget.invocations() + " invocations per run, at most " + budget.maxRuns() + " runs per scenario, "
                + (budget.deepInvocations() == 0 ? "no targeted runs"
                : budget.deepInvocations() + " invocations for each targeted run");
    }

    /**
     * The files of this cross-check, by name: {@code <strategy>.txt} with Lincheck's full traces,
     * {@code report.md} the per-site table with the notes, {@code lincheck-console.txt} what Lincheck printed.
     */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (StrategyCrossCheck c : checks) {
            files.put(traceFile(c.strategy()), traces(c));
        }
        files.put(REPORT, new CrossCheckReport(checks, known, bounds, budget, seconds).markdown());
        files.put(CONSOLE, MARK + ": what Lincheck printed while it ran\n" + console);
        return files;
    }

    /** The names {@link #files} has for a cross-check of {@code strategies}: known before it runs. */
    public static List<String> fileNames(List<Strategy> strategies) {
        List<String> names = new ArrayList<>(strategies.stream().map(CrossCheck::traceFile).toList());
        names.add(REPORT);
        names.add(CONSOLE);
        return names;
    }

    private static String traceFile(Strategy s) {
        return s.id() + ".txt";
    }

    /** Lincheck's report of each finding, whole: the scenario, the interleaving, the detailed trace. */
    private String traces(StrategyCrossCheck c) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: Lincheck's findings on %s (%s; %s)%n",
                MARK, c.strategy().id(), bounds, describe(budget)));
        List<LincheckSearch.Outcome> found = new ArrayList<>(c.lincheck().values());
        c.targeted().values().stream().filter(LincheckSearch.Outcome::found).forEach(found::add);
        if (found.isEmpty()) {
            b.append("\nNo finding.\n");
        }
        int n = 0;
        for (LincheckSearch.Outcome o : found) {
            n++;
            b.append(String.format(Locale.ROOT, "%n=== finding %d: %s (%d daemon(s), %d invocations)%n%n%s%n", n,
                    o.finding(), o.daemons(), o.invocations(), o.report()));
        }
        return b.toString();
    }
}
