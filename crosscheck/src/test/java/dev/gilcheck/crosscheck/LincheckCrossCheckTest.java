package dev.gilcheck.crosscheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Strategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: every strategy, our checker against Lincheck on the JVM port, at default bounds. Prints
 * the summary table; writes Lincheck's full traces (one file per strategy), the per-site report and
 * Lincheck's own console output to crosscheck/target/crosscheck/. Fails when Lincheck finds something
 * our checker does not (a finding our checker misses, or a wrong port: either way someone must look)
 * and known-disagreements.tsv does not explain it, when an explained disagreement no longer occurs,
 * or when the search itself went wrong. Sites Lincheck does not reach within its budget are reported
 * as missed, with the witness that shows how deep they are.
 *
 * <p>System properties: gilcheck.lincheck.invocations (per Lincheck run, default 2500),
 * gilcheck.lincheck.strategies (comma-separated ids, default all), gilcheck.lincheck.deep-invocations
 * (default 25000; 0: off; else the budget of the targeted runs for each missed site, looking for it
 * alone: that many invocations with 1 daemon, a quarter with 2).
 */
class LincheckCrossCheckTest {
    private static final Path FOLDER = Path.of("target", "crosscheck");

    @Test
    void lincheckAgreesWithTheExhaustiveChecker() throws IOException {
        Budget budget = new Budget(Integer.getInteger("gilcheck.lincheck.invocations", Budget.DEFAULT.invocations()),
                Budget.DEFAULT.maxRuns(),
                Integer.getInteger("gilcheck.lincheck.deep-invocations", Budget.DEFAULT.deepInvocations()));
        CrossCheck check = CrossCheck.run(strategies(), Strategy::toggles, Bounds.DEFAULT, budget);
        Files.createDirectories(FOLDER);
        for (Map.Entry<String, String> file : check.files().entrySet()) {
            Files.writeString(FOLDER.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        System.out.print(check.table());
        System.out.println("Full traces and the per-site report: " + FOLDER.toAbsolutePath());
        assertTrue(check.agrees(), () -> "disagreements nobody has explained:\n" + check.table());
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
}
