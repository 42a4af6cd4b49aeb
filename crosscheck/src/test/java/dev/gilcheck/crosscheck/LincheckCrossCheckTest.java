package dev.gilcheck.crosscheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Strategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: every strategy, our checker against Lincheck on the JVM port, at default bounds.
 * Writes specs/target/crosscheck-report.md and Lincheck's traces to specs/target/lincheck-traces/,
 * prints the table. Fails when Lincheck finds something our checker does not (a finding our
 * checker misses, or a wrong port: either way someone must look) and known-disagreements.tsv does
 * not explain it, when an explained disagreement no longer occurs, or when the search itself went
 * wrong. Sites Lincheck does not reach within its budget are reported as disagreements, with the
 * witness that shows how deep they are.
 *
 * <p>System properties: gilcheck.lincheck.invocations (per Lincheck run, default 2500),
 * gilcheck.lincheck.strategies (comma-separated ids, default all), gilcheck.lincheck.deep-invocations
 * (default 25000; 0: off; else the budget of the targeted runs for each missed site, looking for it
 * alone: that many invocations with 1 daemon, a quarter with 2).
 */
class LincheckCrossCheckTest {
    private static final Path TARGET = Path.of("target");
    private static final int MAX_RUNS = 10;

    @Test
    void lincheckAgreesWithTheExhaustiveChecker() {
        int invocations = Integer.getInteger("gilcheck.lincheck.invocations", 2500);
        int deep = Integer.getInteger("gilcheck.lincheck.deep-invocations", 25000);
        Bounds bounds = Bounds.DEFAULT;
        long start = System.nanoTime();
        List<StrategyCrossCheck> checks = new ArrayList<>();
        for (Strategy s : strategies()) {
            StrategyCrossCheck c = StrategyCrossCheck.run(s, bounds, invocations, MAX_RUNS, deep);
            keepTraces(c);
            checks.add(c);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        KnownDisagreements known = KnownDisagreements.load();
        CrossCheckReport report = new CrossCheckReport(checks, known, bounds, invocations, deep, seconds);
        report.write(TARGET.resolve("crosscheck-report.md"));
        System.out.println(report.table());

        List<String> unexplained = new ArrayList<>();
        for (StrategyCrossCheck c : checks) {
            if (c.harnessProblem() != null) {
                unexplained.add(c.strategy().id() + ": " + c.harnessProblem());
            }
            for (Row r : c.rows()) {
                if (r.agreement() == Row.Agreement.ONLY_LINCHECK && known.explain(r) == null) {
                    unexplained.add(c.strategy().id() + ": only Lincheck finds " + r.key());
                }
            }
        }
        for (String stale : known.stale(checks)) {
            unexplained.add("listed in known-disagreements.tsv but did not occur: " + stale);
        }
        assertTrue(unexplained.isEmpty(), "disagreements nobody has explained: " + unexplained);
    }

    private static List<Strategy> strategies() {
        String ids = System.getProperty("gilcheck.lincheck.strategies", "");
        if (ids.isBlank()) {
            return List.of(Strategy.values());
        }
        List<Strategy> out = new ArrayList<>();
        for (String id : ids.split(",")) {
            out.add(Strategy.byId(id.trim()));
        }
        return out;
    }

    /** Lincheck's report of each finding: printed (the interleaving) and kept whole in a file. */
    private static void keepTraces(StrategyCrossCheck c) {
        int n = 0;
        List<LincheckSearch.Outcome> found = new ArrayList<>(c.lincheck().values());
        c.targeted().values().stream().filter(LincheckSearch.Outcome::found).forEach(found::add);
        for (LincheckSearch.Outcome o : found) {
            n++;
            System.out.printf(Locale.ROOT, "%n=== Lincheck, %s, finding %d: %s (%.1f s, %d invocations)%n%s%n",
                    c.strategy().id(), n, o.finding(), o.seconds(), o.invocations(), o.interleaving());
            Path file = TARGET.resolve("lincheck-traces").resolve(c.strategy().id() + "-" + n + ".txt");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, o.finding() + "\n\n" + o.report());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
