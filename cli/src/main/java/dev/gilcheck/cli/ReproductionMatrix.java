package dev.gilcheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Release;
import dev.gilcheck.model.Releases;
import dev.gilcheck.model.SiteId;
import dev.gilcheck.reproduce.Outcome;
import dev.gilcheck.reproduce.PythonBuild;
import dev.gilcheck.reproduce.Reproducer;
import dev.gilcheck.reproduce.WitnessPlan;
import dev.gilcheck.reproduce.Witnesses;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The real-binary matrix: every site the model of each release reaches, forced on that release's binary. */
final class ReproductionMatrix {
    private ReproductionMatrix() {
    }

    /** One cell: release, the site's key, its schedule, what forcing it gave. */
    record Cell(String release, String strategy, String site, String schedule, Outcome outcome) {
    }

    /** The cells of the releases forced, and the releases whose model reaches no site. */
    record Result(List<String> releases, List<Cell> cells) {
    }

    static Result run(List<Release> releases, ModelOptions options) {
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
        List<Cell> cells = new ArrayList<>();
        List<String> versions = new ArrayList<>();
        for (Release release : releases) {
            versions.add(release.version());
            CPythonModel model = new CPythonModel(release, options.toggles(release.strategy()), options.bounds());
            List<Witness> witnesses = Witnesses.all(model);
            if (witnesses.isEmpty()) {
                continue;
            }
            PythonBuild build;
            try {
                build = PythonBuild.check(PythonBuild.pyenvPython(release.version(), scratch), scratch);
            } catch (BadInputException missing) {
                // One release without a usable build must not hide the others: its cells say why.
                witnesses.forEach(w -> cells.add(cell(release, model, w, Outcome.cannot(missing.getMessage()))));
                continue;
            }
            Reproducer reproducer = new Reproducer(build, model.bounds().daemons());
            for (Witness w : witnesses) {
                cells.add(cell(release, model, w, reproducer.force(WitnessPlan.of(model, w.trace(), w.violation(),
                        build.minor()))));
            }
        }
        return new Result(versions, cells);
    }

    private static Cell cell(Release release, CPythonModel model, Witness w, Outcome outcome) {
        return new Cell(release.version(), model.strategy().id(), w.violation().siteKey(), w.schedule().toString(),
                outcome);
    }

    /** Whether every cell was reproduced. */
    static boolean allReproduced(Result result) {
        return result.cells().stream().allMatch(c -> c.outcome().kind().reproduced());
    }

    static String text(Result result) {
        List<String> releases = result.releases();
        List<Cell> cells = result.cells();
        Set<SiteId> sites = new TreeSet<>();
        Map<String, Cell> byKey = new LinkedHashMap<>();
        for (Cell c : cells) {
            sites.add(SiteId.parse(c.site()));
            byKey.put(c.release() + " " + c.site(), c);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-5s", "site"));
        for (String r : releases) {
            sb.append(String.format(" %-18s", r));
        }
        sb.append('\n').append(String.format("%-5s", ""));
        for (String r : releases) {
            sb.append(String.format(" %-18s", Releases.byVersion(r).strategy().id()));
        }
        sb.append('\n');
        for (SiteId site : sites) {
            sb.append(String.format("%-5s", site.code()));
            for (String r : releases) {
                Cell c = byKey.get(r + " " + site.key());
                sb.append(String.format(" %-18s", c == null ? "." : c.outcome().kind().text()));
            }
            sb.append('\n');
        }
        sb.append("\nsites ('.' = the release's model does not reach the site):\n");
        for (SiteId site : sites) {
            sb.append(String.format("  %-4s %s%n", site.code(), site.key()));
        }
        sb.append("\nper cell (addresses and timings vary from run to run):\n");
        for (Cell c : cells) {
            sb.append(String.format("  %s %s (%s, schedule %s): %s: %s%n", c.release(), SiteId.parse(c.site()).code(),
                    c.strategy(), c.schedule(), c.outcome().kind().text(), c.outcome().detail()));
        }
        return sb.toString();
    }

    static String json(Result result) {
        List<Object> out = new ArrayList<>();
        for (Cell c : result.cells()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("release", c.release());
            m.put("strategy", c.strategy());
            m.put("site", c.site());
            m.put("schedule", c.schedule());
            m.put("outcome", c.outcome().kind().text());
            m.put("detail", c.outcome().detail());
            out.add(m);
        }
        try {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("releases", result.releases());
            root.put("cells", out);
            return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
