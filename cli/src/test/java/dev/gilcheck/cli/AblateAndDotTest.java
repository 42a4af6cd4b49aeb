package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A small ablation (the full one is a CLI run, see the README): its table agrees with `check` on
 * each combination, and its minimal sets satisfy the definition on that table. And the DOT graph.
 */
class AblateAndDotTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SMALL = {"--daemons", "1", "--releases", "0"};

    private static JsonNode ablate() throws Exception {
        List<String> args = new ArrayList<>(List.of("ablate", "--only", "entry-check,post-acquire-check,entry-deref",
                "--format", "json", "--threads", "2"));
        args.addAll(List.of(SMALL));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    private static Set<String> checked(List<String> settings) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "-s", "py39", "--format", "json"));
        Map<String, String> toggles = new LinkedHashMap<>(Map.of("entry-check", "off", "post-acquire-check", "none",
                "entry-deref", "none"));
        settings.forEach(s -> toggles.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1)));
        toggles.forEach((name, value) -> args.addAll(List.of("-t", name + "=" + value)));
        args.addAll(List.of(SMALL));
        Set<String> sites = new HashSet<>();
        JSON.readTree(Cli.run(args.toArray(String[]::new)).out()).get("violations")
                .forEach(v -> sites.add(v.get("invariant").asText() + " @ " + v.get("site").asText()));
        return sites;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void everyCombinationReachesWhatCheckFinds() throws Exception {
        JsonNode root = ablate();
        assertEquals(2 * 4 * 3, root.get("combinations").size());
        for (int i = 0; i < root.get("combinations").size(); i += 5) {
            JsonNode c = root.get("combinations").get(i);
            assertEquals(checked(strings(c.get("options"))), new HashSet<>(strings(c.get("reachable"))),
                    c.get("options").toString());
        }
    }

    @Test
    void theMinimalSetsSatisfyTheDefinition() throws Exception {
        JsonNode root = ablate();
        Map<Set<String>, Set<String>> table = new HashMap<>();
        root.get("combinations").forEach(c -> table.put(new HashSet<>(strings(c.get("options"))),
                new HashSet<>(strings(c.get("reachable")))));
        assertFalse(root.get("sites").isEmpty());
        for (JsonNode site : root.get("sites")) {
            String name = site.get("site").asText();
            for (JsonNode set : site.get("minimalSufficient")) {
                Set<String> options = new HashSet<>(strings(set));
                assertFalse(table.get(options).contains(name), name + " reachable with " + options);
                for (Map.Entry<Set<String>, Set<String>> e : table.entrySet()) {
                    if (options.containsAll(e.getKey()) && !options.equals(e.getKey())) {
                        assertTrue(e.getValue().contains(name), name + ": " + e.getKey() + " already suffices");
                    }
                }
            }
            long reachable = table.values().stream().filter(s -> s.contains(name)).count();
            assertEquals(reachable, site.get("reachableIn").asLong());
        }
    }

    @Test
    void aToggleOutsideTheAblatedOnesIsBadInput() {
        Cli r = Cli.run("ablate", "--only", "early-daemon-tstate-free");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is not one of the ablated take_gil/restore-thread toggles"), r.err());
    }

    @Test
    void theDotGraphMarksEveryViolationCheckFinds() throws Exception {
        Cli r = Cli.run("dot", "-s", "fix1-eb4e2ae");
        assertEquals(0, r.code(), r.err());
        String dot = r.out();
        assertTrue(dot.startsWith("digraph \"fix1-eb4e2ae at daemons=1 loops=1 releases=0 cthreads=0"), dot);
        assertTrue(dot.trim().endsWith("}"));
        JsonNode check = JSON.readTree(Cli.run("check", "-s", "fix1-eb4e2ae", "--daemons", "1", "--releases", "0",
                "--format", "json").out());
        long stored = dot.lines().filter(l -> l.matches("  s\\d+ \\[label=.*") && !l.contains("shape=octagon")).count();
        assertEquals(check.get("stats").get("states").asLong(), stored, "worlds other than crashes");
        for (JsonNode v : check.get("violations")) {
            if (!v.get("invariant").asText().equals("main-thread-exits")) {
                JsonNode last = v.get("trace").get(v.get("length").asInt() - 1);
                String tooltip = last.get("function").asText() + " (" + last.get("location").asText() + "): "
                        + last.get("action").asText();
                assertTrue(dot.lines().anyMatch(l -> l.contains(tooltip) && l.contains("color=\"#d92d20\"")),
                        "no red edge for " + tooltip);
            }
        }
    }

    @Test
    void aGraphTooLargeToDrawIsBadInput() {
        Cli r = Cli.run("dot", "-s", "py313", "--daemons", "2", "--releases", "1");
        assertEquals(2, r.code());
        assertEquals("gilcheck: the state graph has more than 5000 states; use fewer --daemons, --loops or"
                + " --releases, or raise --max-states", r.err().trim());
    }
}
