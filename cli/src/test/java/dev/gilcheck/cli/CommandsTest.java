package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gilcheck.model.Strategy;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listNamesEveryStrategyAndToggle() {
        Cli r = Cli.run("list");
        assertEquals(0, r.code());
        for (Strategy s : Strategy.values()) {
            assertTrue(r.out().contains(s.id()), s.id());
        }
        assertTrue(r.out().contains("early-daemon-tstate-free=off|on"));
    }

    @Test
    void checkPrintsTheJsonContract() throws Exception {
        Cli r = Cli.run("check", "--strategy", "fix1-eb4e2ae", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("fix1-eb4e2ae", root.get("strategy").asText());
        assertEquals("on", root.get("toggles").get("entry-check").asText());
        assertEquals(2, root.get("bounds").get("daemons").asInt());
        assertEquals("VIOLATED", root.get("verdict").asText());
        JsonNode first = root.get("violations").get(0);
        for (String field : new String[] {"invariant", "site", "length", "schedule", "trace"}) {
            assertTrue(first.has(field), field);
        }
        assertEquals(first.get("length").asInt(), first.get("trace").size());
        for (String field : new String[] {"states", "transitions", "depth", "seconds"}) {
            assertTrue(root.get("stats").has(field), field);
        }
    }

    @Test
    void sameArgumentsGiveByteIdenticalOutput() {
        assertEquals(Cli.run("check", "-s", "py313", "--format", "json").out(),
                Cli.run("check", "-s", "py313", "--format", "json").out());
        assertEquals(Cli.run("matrix").out(), Cli.run("matrix").out());
    }

    @Test
    void matrixHasARowPerStrategyAndALegend() throws Exception {
        Cli r = Cli.run("matrix");
        assertEquals(0, r.code(), r.err());
        for (Strategy s : Strategy.values()) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(s.id() + " ")), s.id());
        }
        JsonNode sites = JSON.readTree(Cli.run("matrix", "--format", "json").out()).get("sites");
        assertFalse(sites.isEmpty(), r.out());
        for (JsonNode site : sites) {
            String column = " " + site.get("id").asText();
            String key = site.get("invariant").asText() + " @ " + site.get("step").asText();
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith("strategy ") && l.contains(column)), column);
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(" " + column + " ") && l.contains(key)), key);
        }
    }

    /**
     * A column id names one invariant at one step, with or without a toggle that changes the order in
     * which the searches meet the sites (numbering them as met gave the same site two numbers).
     */
    @Test
    void aSiteKeepsItsIdWhateverTheToggles() throws Exception {
        Map<String, String> plain = siteIds("matrix", "--format", "json");
        Map<String, String> toggled = siteIds("matrix", "-t", "early-daemon-tstate-free=on", "--format", "json");
        assertFalse(plain.isEmpty());
        for (Map.Entry<String, String> e : toggled.entrySet()) {
            if (plain.containsKey(e.getKey())) {
                assertEquals(plain.get(e.getKey()), e.getValue(), e.getKey());
            }
        }
    }

    private static Map<String, String> siteIds(String... args) throws Exception {
        Cli r = Cli.run(args);
        assertEquals(0, r.code(), r.err());
        Map<String, String> ids = new TreeMap<>();
        for (JsonNode site : JSON.readTree(r.out()).get("sites")) {
            ids.put(site.get("id").asText(), site.get("invariant").asText() + " @ " + site.get("step").asText());
        }
        return ids;
    }

    @Test
    void everyVerdictSaysWhichMemoryModelItHoldsUnder() {
        Cli sc = Cli.run("check", "-s", "bpo-36475");
        assertTrue(sc.out().contains("verdict: SAFE under sequential consistency\n"), sc.out());
        Cli tso = Cli.run("check", "-s", "bpo-36475", "--memory", "tso");
        assertEquals(0, tso.code(), tso.err());
        assertTrue(tso.out().contains("verdict: SAFE under x86-TSO\n"), tso.out());
        Cli json = Cli.run("check", "-s", "py39", "--memory", "tso", "--format", "json");
        assertTrue(json.out().contains("\"memoryModel\" : \"tso\""), json.out());
    }

    @Test
    void checkSaysSafeWhenNothingIsReachable() {
        Cli r = Cli.run("check", "-s", "bpo-36475");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("verdict: SAFE"), r.out());
    }
}
