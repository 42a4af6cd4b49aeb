package dev.gilcheck.specs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggles;
import dev.gilcheck.model.catalogue.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The patches proposed in docs/findings.md ({@code patches.yaml}): each is toggles on top of a
 * strategy, with the sites it is expected to close (and, where a patch is not enough on its own, to
 * open) in every configuration of that strategy's catalogue entry.
 */
public record Patches(List<Patch> patches) {

    /** One proposed patch on one strategy. */
    public record Patch(String name, String finding, String summary, String strategy, List<String> toggles,
                        List<String> closes, List<String> opens, Map<String, List<String>> opensIn) {
        public Patch {
            toggles = List.copyOf(toggles);
            closes = List.copyOf(closes);
            opens = opens == null ? List.of() : List.copyOf(opens);
            opensIn = opensIn == null ? Map.of() : Map.copyOf(opensIn);
        }

        public Catalogue catalogue() {
            return Catalogue.of(Strategy.byId(strategy));
        }

        /** The model of one configuration of the strategy's catalogue entry, with the patch applied. */
        public CPythonModel model(Catalogue.Configuration config) {
            CPythonModel unpatched = catalogue().model(config);
            Toggles t = unpatched.toggles();
            for (String setting : toggles) {
                t = t.apply(setting);
            }
            return new CPythonModel(unpatched.strategy(), t, unpatched.bounds());
        }

        /**
         * The sites the patched configuration should reach: the catalogue's, less closes, plus opens and
         * what it opens in that configuration only ({@code opensIn}, keyed by configuration name).
         */
        public Set<String> expected(Catalogue.Configuration config) {
            Set<String> out = new TreeSet<>();
            config.reachable().forEach(e -> out.add(e.site()));
            out.removeAll(closes);
            out.addAll(opens);
            out.addAll(opensIn.getOrDefault(config.name(), List.of()));
            return out;
        }

        /** name @ strategy, as the reports say it. */
        public String label() {
            return name + " @ " + strategy;
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public static Patches load() {
        try (InputStream in = Patches.class.getResourceAsStream("patches.yaml")) {
            if (in == null) {
                throw new IllegalStateException("patches.yaml is missing from the specs jar");
            }
            return YAML.readValue(in, Patches.class);
        } catch (IOException e) {
            throw new UncheckedIOException("patches.yaml: " + e.getMessage(), e);
        }
    }
}
