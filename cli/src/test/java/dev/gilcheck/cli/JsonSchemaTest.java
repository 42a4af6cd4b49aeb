package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggle;
import dev.gilcheck.model.api.StrategyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON each command prints is valid against its published schema in docs/schemas, UNKNOWN and INCOMPLETE included. */
class JsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Path.of("..", "docs", "schemas").toAbsolutePath().normalize();
    /** Schemas are read from docs/schemas only: nothing is fetched. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(JsonSchemaTest::read));
    private static final String[] SMALL = {"--daemons", "1", "--releases", "0"};

    private static String read(String iri) {
        Path file = Path.of(URI.create(iri));
        if (!file.startsWith(SCHEMAS)) {
            throw new AssertionError("a schema refers outside docs/schemas: " + iri);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema(String command) {
        Path file = SCHEMAS.resolve(command + ".schema.json");
        assertTrue(Files.isRegularFile(file), file + " is missing");
        return REGISTRY.getSchema(SchemaLocation.of(file.toUri().toString()));
    }

    private static List<Error> errors(String command, JsonNode output) {
        return schema(command).validate(output);
    }

    private static JsonNode valid(String command, String json) throws Exception {
        JsonNode node = JSON.readTree(json);
        List<Error> errors = errors(command, node);
        assertTrue(errors.isEmpty(), command + ": " + errors);
        return node;
    }

    private static JsonNode printed(String... args) throws Exception {
        return printedAgainst(args[0], args);
    }

    /** What {@code args} print, valid against the schema {@code schema}.schema.json. */
    private static JsonNode printedAgainst(String schema, String... args) throws Exception {
        Cli r = Cli.run(args);
        assertEquals(0, r.code(), r.err());
        return valid(schema, r.out());
    }

    private static String[] small(String... args) {
        String[] all = new String[args.length + SMALL.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(SMALL, 0, all, args.length, SMALL.length);
        return all;
    }

    @Test
    void checkViolatedAndSafeAndWithFingerprints() throws Exception {
        assertEquals("VIOLATED", printed(small("check", "-s", "py39", "--format", "json", "--timing")).get("verdict").asText());
        assertEquals("SAFE", printed(small("check", "-s", "bpo-36475", "--format", "json")).get("verdict").asText());
        assertTrue(printed(small("check", "-s", "py39", "--format", "json", "--fingerprint")).has("collisionNote"));
    }

    @Test
    void anIncompleteCheckIsValidAndSaysWhy() throws Exception {
        Jvm r = Jvm.run(List.of("-Xmx24m"), "check", "-s", "py313", "--loops", "2", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode node = valid("check", r.out());
        assertFalse(node.get("complete").asBoolean(), r.out());
        assertTrue(node.has("stopReason") && node.has("hint"), r.out());
    }

    @Test
    void checkAnyDaemonsReachableUnreachableAndTheHang() throws Exception {
        JsonNode safe = printedAgainst("check-any-daemons", "check", "-s", "bpo-36475", "--any-daemons", "--format",
                "json");
        assertTrue(verdicts(safe).containsAll(List.of("UNREACHABLE", "CHECKED_UP_TO")), safe.toString());
        JsonNode found = printedAgainst("check-any-daemons", "check", "-s", "no-check", "--any-daemons", "--format",
                "json", "--timing");
        assertTrue(verdicts(found).contains("REACHABLE"), found.toString());
    }

    @Test
    void matrixAnyDaemonsAndItsVerdictsNeedTheirN() throws Exception {
        ObjectNode m = (ObjectNode) printedAgainst("matrix-any-daemons", "matrix", "--any-daemons", "-s", "bpo-36475",
                "-s", "no-check", "--format", "json", "--timing");
        assertEquals(2, m.get("strategies").size());
        ObjectNode reachable = (ObjectNode) m.get("strategies").get(1).get("invariants")
                .get("no-bytecode-after-finalizing");
        assertEquals("REACHABLE", reachable.get("verdict").asText(), m.toString());
        reachable.remove("n");
        assertFalse(errors("matrix-any-daemons", m).isEmpty(), "REACHABLE without its least N passes");
    }

    @Test
    void aReleaseOrAStrategyFileCheckedIsNamed() throws Exception {
        assertEquals("3.6.15", printed(small("check", "--release", "3.6.15", "--format", "json")).get("release").asText());
        assertEquals("3.6.15", printed(small("fuzz", "--release", "3.6.15", "--runs", "10", "--format", "json"))
                .get("release").asText());
        assertTrue(printed(small("fuzz", "--strategy-file", StrategyFileTest.PATCHED, "--runs", "10", "--format", "json"))
                .has("variant"));
        assertEquals("3.6.15", printedAgainst("check-any-daemons", "check", "--release", "3.6.15", "--any-daemons",
                "--format", "json").get("release").asText());
    }

    private static List<String> verdicts(JsonNode anyDaemons) {
        List<String> kinds = new java.util.ArrayList<>();
        anyDaemons.get("verdicts").forEach(v -> kinds.add(v.get("verdict").asText()));
        return kinds;
    }

    @Test
    void theAnyDaemonsSchemaRejectsAClaimWithoutItsGround() throws Exception {
        JsonNode printed = printedAgainst("check-any-daemons", "check", "-s", "no-check", "--any-daemons", "--format",
                "json");
        ObjectNode withoutWitness = (ObjectNode) printed.deepCopy();
        for (JsonNode v : withoutWitness.get("verdicts")) {
            ((ObjectNode) v).remove("witness");
        }
        assertFalse(errors("check-any-daemons", withoutWitness).isEmpty(), "REACHABLE without a witness passes");
        ObjectNode unfinished = (ObjectNode) printed.deepCopy();
        ((ObjectNode) unfinished.get("views")).put("complete", false);
        assertFalse(errors("check-any-daemons", unfinished).isEmpty(), "UNREACHABLE from an unfinished fixpoint passes");
        ((ObjectNode) unfinished.get("views")).put("certificate", false);
        assertFalse(errors("check-any-daemons", unfinished).isEmpty(), "UNREACHABLE without a certificate passes");
        ObjectNode counted = (ObjectNode) printed.deepCopy();
        ((ObjectNode) counted.get("bounds")).put("daemons", 2);
        assertFalse(errors("check-any-daemons", counted).isEmpty(), "a daemon count passes");
    }

    @Test
    void fuzzViolatedAndUnknownWithBothExplorers() throws Exception {
        assertEquals("VIOLATED", printed(small("fuzz", "-s", "py39", "--runs", "200", "--format", "json"))
                .get("verdict").asText());
        assertEquals("UNKNOWN", printed(small("fuzz", "-s", "bpo-36475", "--runs", "20", "-e", "pct", "--format",
                "json")).get("verdict").asText());
    }

    @Test
    void ablateAndItsBoundsAreCheckBounds() throws Exception {
        JsonNode node = printed(small("ablate", "--only", "entry-check", "--threads", "1", "--format", "json"));
        JsonNode check = printed(small("check", "-s", "py39", "--format", "json"));
        assertEquals(check.get("bounds"), node.get("bounds"));
    }

    @Test
    void densityAndMatrix() throws Exception {
        printed(small("density", "-s", "py39", "-s", "bpo-36475", "--runs", "20", "--format", "json", "-t",
                "entry-check=off"));
        JsonNode m = printed(small("matrix", "--format", "json"));
        assertEquals(dev.gilcheck.model.Strategy.values().length, m.get("strategies").size());
    }

    @Test
    void crosscheckInAJvmOfItsOwn(@TempDir Path traces) throws Exception {
        Jvm r = Jvm.run(CrosscheckCommandTest.JVM, CrosscheckCommandTest.small(traces, "--format", "json"));
        assertEquals(0, r.code(), r.err());
        JsonNode node = valid("crosscheck", r.out());
        assertTrue(node.get("agrees").asBoolean(), r.out());
        assertEquals("VIOLATED", node.get("strategies").get(0).get("verdict").asText());
    }

    @Test
    /** Files a build writes (under target/) are not looked for. */
    void theReadmeNamesOnlyFilesThatExist() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b([A-Za-z0-9_./-]+\\.(md|json|png))\\b")
                .matcher(readme);
        int named = 0;
        while (m.find()) {
            if (m.group(1).contains("target/")) {
                continue;
            }
            named++;
            assertTrue(Files.exists(Path.of("..").resolve(m.group(1))), "README names " + m.group(1)
                    + ", which is not in the repository");
        }
        assertTrue(named > 0);
        assertTrue(readme.contains("docs/schemas/check.schema.json"));
    }

    @Test
    void theSchemasRejectWhatTheyDoNotDocument() throws Exception {
        ObjectNode check = (ObjectNode) printed(small("check", "-s", "py39", "--format", "json"));
        check.put("surprise", 1);
        assertFalse(errors("check", check).isEmpty(), "an undocumented key passes");
        ObjectNode ablate = (ObjectNode) printed(small("ablate", "--only", "entry-check", "--threads", "1", "--format",
                "json"));
        ablate.put("bounds", "daemons=1 loops=1 releases=0 cthreads=0");
        assertFalse(errors("ablate", ablate).isEmpty(), "bounds as a string passes");
        ObjectNode incomplete = (ObjectNode) printed(small("check", "-s", "bpo-36475", "--format", "json"));
        incomplete.put("complete", false);
        assertFalse(errors("check", incomplete).isEmpty(), "INCOMPLETE without a stopReason, claiming SAFE, passes");
    }

    @Test
    void theStrategyFileSchemaNamesTheModelsStrategiesAndToggles() throws Exception {
        JsonNode schema = JSON.readTree(SCHEMAS.resolve("strategy-file.schema.json").toFile());
        List<String> bases = new java.util.ArrayList<>();
        schema.at("/properties/base/enum").forEach(b -> bases.add(b.asText()));
        assertEquals(java.util.Arrays.stream(Strategy.values()).map(Strategy::id).toList(), bases);
        JsonNode toggles = schema.at("/properties/toggles/properties");
        assertEquals(Toggle.values().length, toggles.size());
        for (Toggle t : Toggle.values()) {
            List<String> values = new java.util.ArrayList<>();
            toggles.get(t.id()).get("enum").forEach(v -> values.add(v.isBoolean() ? (v.asBoolean() ? "on" : "off")
                    : v.asText()));
            assertEquals(t.choices(), values.stream().distinct().toList(), t.id());
        }
    }

    @Test
    void theExampleStrategyFilesAreValidAndABadOneIsNot() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        Path examples = Path.of(StrategyFileTest.PATCHED).getParent();
        try (java.util.stream.Stream<Path> files = Files.list(examples)) {
            for (Path f : files.toList()) {
                assertTrue(errors("strategy-file", yaml.readTree(f.toFile())).isEmpty(), f.toString());
                StrategyFile.load(f);
            }
        }
        ObjectNode bad = (ObjectNode) yaml.readTree(Path.of(StrategyFileTest.PATCHED).toFile());
        ((ObjectNode) bad.get("toggles")).put("exit-reset-before-unlock", "sideways");
        assertFalse(errors("strategy-file", bad).isEmpty(), "a value the toggle cannot take passes");
        assertEquals("py313 + reset before unlock",
                printed(small("check", "--strategy-file", StrategyFileTest.PATCHED, "--format", "json"))
                        .get("variant").asText());
    }
}
