package dev.gilcheck.reproduce;

import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Release;
import dev.gilcheck.model.Releases;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.catalogue.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Forces, on the real binary of each release, every site whose catalogue entry (default
 * configuration) says in {@code real:} that it is reproduced there, and checks that the computed
 * outcome is the one the catalogue gives. Needs gdb and the pyenv builds: skipped with one line
 * where they are missing, failing under CI=true. Cells run one after another.
 */
class RealBinaryTest {
    private static final Path SCRATCH = Path.of(System.getProperty("java.io.tmpdir"));

    /** One catalogue cell: strategy, site, release, expected outcome. */
    record Cell(Strategy strategy, String site, Catalogue.Real real) {
        @Override
        public String toString() {
            return real.release() + " " + site;
        }
    }

    static List<Cell> reproducedCells() {
        List<Cell> cells = new ArrayList<>();
        for (Strategy s : Strategy.values()) {
            Catalogue c = Catalogue.of(s);
            for (Catalogue.Configuration config : c.configurations()) {
                if (!isDefault(c, config)) {
                    continue;
                }
                for (Catalogue.Expected e : config.reachable()) {
                    for (Catalogue.Real r : e.real()) {
                        if (r.outcome().startsWith("REPRODUCED")) {
                            cells.add(new Cell(s, e.site(), r));
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** Every site the default configuration of a release's strategy reaches has that release's outcome. */
    @org.junit.jupiter.api.Test
    void everySiteOfEveryReleaseHasARealOutcome() {
        for (Release release : Releases.all()) {
            Catalogue c = Catalogue.of(release.strategy());
            for (Catalogue.Configuration config : c.configurations()) {
                if (!isDefault(c, config)) {
                    continue;
                }
                for (Catalogue.Expected e : config.reachable()) {
                    assertTrue(e.real().stream().anyMatch(r -> r.release().equals(release.version())),
                            c.strategy() + ": no real: outcome for " + release.version() + " at " + e.site());
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyReproducedCellIsReproduced() {
        List<Cell> cells = reproducedCells();
        assertTrue(cells.size() >= 12, "the catalogue names only " + cells.size() + " reproduced cells");
        Map<String, List<Witness>> witnesses = new HashMap<>();
        Map<String, PythonBuild> builds = new HashMap<>();
        return cells.stream().map(cell -> DynamicTest.dynamicTest(cell.toString(), () -> {
            Release release = Releases.byVersion(cell.real().release());
            assertEquals(cell.strategy(), release.strategy(), cell + ": the catalogue of " + cell.strategy().id()
                    + " names a release whose code is " + release.strategy().id());
            Path python = PythonBuild.pyenvPython(release.version(), SCRATCH);
            skipUnless(Command.onPath("gdb"), "gdb is not on PATH");
            skipUnless(Files.isExecutable(python), "no CPython build at " + python);
            CPythonModel model = new CPythonModel(release, release.strategy().toggles(), Bounds.DEFAULT);
            PythonBuild build = builds.computeIfAbsent(release.version(), v -> PythonBuild.check(python, SCRATCH));
            Witness w = witnesses.computeIfAbsent(release.version(), v -> Witnesses.all(model)).stream()
                    .filter(x -> x.violation().siteKey().equals(cell.site())).findFirst().orElse(null);
            assertFalse(w == null, cell + ": the model of " + release.version() + " does not reach the site");
            Outcome o = new Reproducer(build, model.bounds().daemons())
                    .force(WitnessPlan.of(model, w.trace(), w.violation(), build.minor()));
            assertEquals(cell.real().outcome(), o.kind().text(), cell + ": " + o.detail());
        }));
    }

    /** The configuration gilcheck reproduce forces: the strategy itself at the default bounds. */
    private static boolean isDefault(Catalogue c, Catalogue.Configuration config) {
        return config.toggles().isEmpty() && c.model(config).bounds().equals(Bounds.DEFAULT);
    }

    private static void skipUnless(boolean present, String what) {
        if (!present) {
            assertFalse("true".equalsIgnoreCase(System.getenv("CI")), "CI=true but " + what);
            Assumptions.abort(what + ": skipping the real-binary reproductions");
        }
    }
}
