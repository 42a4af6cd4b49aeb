package dev.gilcheck.model.catalogue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The expected verdicts, one YAML file per strategy among this package's resources: the bug the version
 * records, its story, and for each checked configuration the violation sites expected reachable,
 * each with the reason. Every site not listed is expected unreachable.
 */
public record Catalogue(String strategy, String title, String bug, String story,
                        List<Configuration> configurations) {

    /** One checked configuration: bounds, toggles changed on top of the strategy, expected sites. */
    public record Configuration(String name, BoundsSpec bounds, List<String> toggles, List<Expected> reachable) {
        public Configuration {
            toggles = toggles == null ? List.of() : List.copyOf(toggles);
            reachable = reachable == null ? List.of() : List.copyOf(reachable);
        }
    }

    /** Bounds as written in the catalogue; absent values are the defaults. */
    public record BoundsSpec(Integer daemons, Integer loops, Integer releases, Integer cthreads, Integer newThreads) {
        Bounds resolve() {
            Bounds d = Bounds.DEFAULT;
            return new Bounds(daemons == null ? d.daemons() : daemons, loops == null ? d.loops() : loops,
                    releases == null ? d.releases() : releases, cthreads == null ? d.cthreads() : cthreads,
                    newThreads == null ? d.newThreads() : newThreads);
        }
    }

    /** The model a configuration of this catalogue entry describes. */
    public CPythonModel model(Configuration c) {
        Strategy s = Strategy.byId(strategy);
        Toggles t = s.toggles();
        for (String setting : c.toggles()) {
            t = t.apply(setting);
        }
        return new CPythonModel(s, t, c.bounds() == null ? Bounds.DEFAULT : c.bounds().resolve());
    }

    /**
     * A site expected reachable, and why; {@code real} says, release by release, what forcing its
     * shortest witness on that release's binary gives (gilcheck reproduce), and why where it is not
     * reproduced.
     */
    public record Expected(String site, String why, List<Real> real) {
        public Expected {
            real = real == null ? List.of() : List.copyOf(real);
        }
    }

    /**
     * The expected outcome of forcing a site's witness on one release's binary: {@code REPRODUCED
     * crash}, {@code REPRODUCED hang}, {@code REPRODUCED access}, {@code NOT REPRODUCED} or {@code
     * CANNOT}, with the reason where it is not reproduced.
     */
    public record Real(String release, String outcome, String why) {
        private static final List<String> OUTCOMES = List.of("REPRODUCED crash", "REPRODUCED hang",
                "REPRODUCED access", "NOT REPRODUCED", "CANNOT");

        public Real {
            if (!OUTCOMES.contains(outcome)) {
                throw new IllegalArgumentException("real: outcome '" + outcome + "' is not one of " + OUTCOMES);
            }
            if (!outcome.startsWith("REPRODUCED") && (why == null || why.isBlank())) {
                throw new IllegalArgumentException("real: " + release + " " + outcome + " needs a why");
            }
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public static Catalogue of(Strategy strategy) {
        String path = strategy.id() + ".yaml";
        try (InputStream in = Catalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no catalogue entry " + path + " for strategy " + strategy.id());
            }
            Catalogue c = YAML.readValue(in, Catalogue.class);
            if (!c.strategy().equals(strategy.id())) {
                throw new IllegalStateException(path + " describes " + c.strategy() + ", not " + strategy.id());
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** "id: title" of a version, without saying the id twice when the catalogue title starts with it. */
    public static String heading(Strategy s) {
        String title = Catalogue.of(s).title();
        return title.startsWith(s.id()) ? title : s.id() + ": " + title;
    }

    /** Why {@code site} is reachable in {@code strategy}, from its catalogue entry, or null. */
    public static String why(Strategy strategy, String site) {
        for (Catalogue.Configuration c : Catalogue.of(strategy).configurations()) {
            for (Catalogue.Expected e : c.reachable()) {
                if (e.site().equals(site)) {
                    return e.why();
                }
            }
        }
        return null;
    }
}
