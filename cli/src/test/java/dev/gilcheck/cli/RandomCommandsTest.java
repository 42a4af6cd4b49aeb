package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** gilcheck fuzz and gilcheck density, checked against gilcheck check and gilcheck replay. */
class RandomCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String... args) throws Exception {
        Cli r = Cli.run(args);
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    /** Site key to shortest witness length, as gilcheck check reports them. */
    private static Map<String, Integer> exhaustive(String strategy) throws Exception {
        Map<String, Integer> sites = new HashMap<>();
        for (JsonNode v : json("check", "-s", strategy, "--format", "json").get("violations")) {
            sites.put(v.get("invariant").asText() + " @ " + v.get("site").asText(), v.get("length").asInt());
        }
        return sites;
    }

    @Test
    void fuzzReportsOnlyReachableSitesEachWithAShrunkWitnessThatReplays() throws Exception {
        for (String explorer : new String[] {"random", "pct"}) {
            JsonNode root = json("fuzz", "-s", "py39", "--explorer", explorer, "--runs", "3000", "--format", "json");
            Map<String, Integer> reachable = exhaustive("py39");
            assertEquals(3000, root.get("runs").asInt());
            assertEquals(explorer, root.get("explorer").get("name").asText());
            assertTrue(root.get("violations").size() > 0, explorer);
            assertEquals("VIOLATED", root.get("verdict").asText());
            for (JsonNode v : root.get("violations")) {
                String site = v.get("invariant").asText() + " @ " + v.get("site").asText();
                assertTrue(reachable.containsKey(site), explorer + " reports " + site);
                assertTrue(v.get("hits").asInt() >= 1 && v.get("hits").asInt() <= v.get("runs").asInt());
                assertTrue(v.get("firstRun").asInt() >= 1 && v.get("firstRun").asInt() <= 3000);
                assertTrue(v.get("length").asInt() >= reachable.get(site), site);
                assertTrue(v.get("length").asInt() <= v.get("firstLength").asInt(), site);
                assertEquals(v.get("length").asInt(), v.get("trace").size());
                Cli replay = Cli.run("replay", "-s", "py39", "--schedule", v.get("schedule").asText());
                assertEquals(0, replay.code(), replay.err());
                if (!v.get("invariant").asText().equals("main-thread-exits")) {
                    assertTrue(replay.out().contains("violation: " + v.get("invariant").asText() + " at "
                            + v.get("site").asText()), replay.out());
                }
            }
        }
    }

    @Test
    void fuzzSaysUnknownWhenNothingIsMet() {
        Cli r = Cli.run("fuzz", "-s", "bpo-36475", "--runs", "200");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("verdict: UNKNOWN"), r.out());
    }

    @Test
    void sameArgumentsGiveByteIdenticalOutput() {
        String[] fuzz = {"fuzz", "-s", "fix4-a36adfa", "-e", "pct", "--runs", "2000", "--seed", "7"};
        assertEquals(Cli.run(fuzz).out(), Cli.run(fuzz).out());
        String[] density = {"density", "-s", "py312", "-s", "fix2-9229eee", "--runs", "500"};
        assertEquals(Cli.run(density).out(), Cli.run(density).out());
    }

    @Test
    void densityPutsEveryExhaustiveSiteNextToItsEstimates() throws Exception {
        JsonNode root = json("density", "-s", "fix4-a36adfa", "-s", "bpo-36475", "--runs", "1000", "--format", "json");
        assertEquals(1000, root.get("runs").asInt());
        for (JsonNode s : root.get("strategies")) {
            Map<String, Integer> reachable = exhaustive(s.get("strategy").asText());
            assertEquals(reachable.size(), s.get("sites").size(), s.toString());
            for (JsonNode site : s.get("sites")) {
                assertEquals(reachable.get(site.get("site").asText()), site.get("shortest").asInt());
                for (String explorer : new String[] {"random", "pct"}) {
                    JsonNode e = site.get(explorer);
                    double p = e.get("hits").asDouble() / e.get("runs").asDouble();
                    assertEquals(p, e.get("p").asDouble(), 1e-12);
                    assertTrue(e.get("lower").asDouble() <= p && p <= e.get("upper").asDouble(), e.toString());
                }
            }
        }
    }

    @Test
    void bothCommandsExplainThemselves() {
        for (String command : new String[] {"fuzz", "density"}) {
            Cli r = Cli.run(command, "--help");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("Usage: gilcheck " + command), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void densityTextHasARowPerSiteAndTheLegend() {
        Cli r = Cli.run("density", "-s", "py314", "--runs", "300");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().filter(l -> l.startsWith("py314 ")).count() >= 1, r.out());
        assertTrue(r.out().contains("sites (invariant @ step):"), r.out());
    }
}
