package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * check, matrix and bench with --any-daemons: what they print agrees with the plain explicit check at
 * the N they name and with each other; what they cannot combine with is one line and exit 2.
 */
class AnyDaemonsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Cheap strategies: bpo-36475 breaks no safety invariant, no-check runs bytecode after finalizing at N=1. */
    private static final List<String> CHEAP = List.of("bpo-36475", "no-check");

    private static JsonNode json(String... args) throws Exception {
        Cli r = Cli.run(args);
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    private static JsonNode anyDaemons(String strategy) throws Exception {
        return json("check", "-s", strategy, "--any-daemons", "--format", "json");
    }

    /** The plain check's sites at {@code daemons} daemons, "invariant @ STEP", each with its shortest witness's length. */
    private static Map<String, Integer> explicitSites(String strategy, int daemons) throws Exception {
        Map<String, Integer> sites = new LinkedHashMap<>();
        for (JsonNode v : json("check", "-s", strategy, "--daemons", Integer.toString(daemons), "--format", "json")
                .get("violations")) {
            sites.put(v.get("invariant").asText() + " @ " + v.get("site").asText(), v.get("length").asInt());
        }
        return sites;
    }

    @Test
    void eachReachableSiteIsFoundByThePlainCheckFromItsLeastNOnWithTheSameShortestWitness() throws Exception {
        int reachable = 0;
        for (String strategy : CHEAP) {
            for (JsonNode v : anyDaemons(strategy).get("verdicts")) {
                if (!v.get("verdict").asText().equals("REACHABLE")) {
                    continue;
                }
                reachable++;
                String site = v.get("site").asText();
                int n = v.get("n").asInt();
                assertEquals(v.get("witness").get("length").asInt(), explicitSites(strategy, n).get(site),
                        strategy + " " + site + " at N=" + n);
                if (n > 1) {
                    assertFalse(explicitSites(strategy, n - 1).containsKey(site), strategy + " " + site + " below N=" + n);
                }
            }
        }
        assertTrue(reachable > 0, "no REACHABLE site among " + CHEAP);
    }

    @Test
    void noInvariantUnreachableForEveryNIsBrokenAtTwoDaemons() throws Exception {
        int unreachable = 0;
        for (String strategy : CHEAP) {
            Map<String, Integer> atTwo = explicitSites(strategy, 2);
            for (JsonNode v : anyDaemons(strategy).get("verdicts")) {
                if (v.get("verdict").asText().equals("UNREACHABLE")) {
                    unreachable++;
                    String invariant = v.get("site").asText();
                    assertTrue(atTwo.keySet().stream().noneMatch(s -> s.startsWith(invariant + " @ ")),
                            strategy + " " + invariant + ": " + atTwo);
                }
            }
        }
        assertTrue(unreachable > 0, "nothing UNREACHABLE among " + CHEAP);
    }

    @Test
    void theTextSaysWhatTheJsonSays() throws Exception {
        for (String strategy : CHEAP) {
            String text = Cli.run("check", "-s", strategy, "--any-daemons").out();
            JsonNode verdicts = anyDaemons(strategy).get("verdicts");
            for (JsonNode v : verdicts) {
                String site = v.get("site").asText();
                String line = switch (v.get("verdict").asText()) {
                    case "REACHABLE" -> "REACHABLE from N=" + v.get("n").asInt() + ": " + site + "\n";
                    case "UNREACHABLE" -> "UNREACHABLE for every N: " + site + " (no site)\n";
                    case "CHECKED_UP_TO" -> "checked up to N=" + v.get("n").asInt() + ": " + site;
                    default -> "UNKNOWN: " + site;
                };
                assertTrue(text.contains(line), text);
            }
            assertTrue(text.contains("bounds: any daemons, loops=1 releases=1 cthreads=0\n"), text);
        }
    }

    @Test
    void theMatrixRowsGiveEachInvariantTheLeastNOfItsSitesAndTheCheckVerdictsOtherwise() throws Exception {
        JsonNode matrix = json("matrix", "--any-daemons", "-s", CHEAP.get(0), "-s", CHEAP.get(1), "--format", "json");
        assertEquals(CHEAP.size(), matrix.get("strategies").size());
        for (JsonNode row : matrix.get("strategies")) {
            String strategy = row.get("strategy").asText();
            JsonNode check = anyDaemons(strategy);
            assertEquals(check.get("views").get("count"), row.get("views").get("count"), strategy);
            Map<String, String> expected = new java.util.TreeMap<>();
            for (JsonNode v : check.get("verdicts")) {
                String site = v.get("site").asText();
                String invariant = site.contains(" @ ") ? site.substring(0, site.indexOf(" @ ")) : site;
                expected.merge(invariant, cell(v), AnyDaemonsCommandTest::stronger);
            }
            Map<String, String> printed = new java.util.TreeMap<>();
            row.get("invariants").fields().forEachRemaining(e -> printed.put(e.getKey(), cell(e.getValue())));
            assertEquals(expected, printed, strategy);
        }
    }

    /** A verdict and its N, e.g. "REACHABLE 2" or "UNREACHABLE". */
    private static String cell(JsonNode v) {
        return v.get("verdict").asText() + (v.has("n") ? " " + v.get("n").asInt() : "");
    }

    /** Of two verdicts on sites of one invariant: REACHABLE from the lesser N, else UNKNOWN. */
    private static String stronger(String a, String b) {
        if (a.startsWith("REACHABLE") && b.startsWith("REACHABLE")) {
            return a.compareTo(b) <= 0 ? a : b;
        }
        return a.startsWith("REACHABLE") ? a : b;
    }

    @Test
    void theMatrixTextHasARowPerStrategyAndTheLeastNOfEachSite() throws Exception {
        String text = Cli.run("matrix", "--any-daemons", "-s", "no-check", "-s", "bpo-36475").out();
        JsonNode check = anyDaemons("no-check");
        List<String> cells = new ArrayList<>();
        for (JsonNode v : check.get("verdicts")) {
            if (v.get("verdict").asText().equals("REACHABLE")) {
                cells.add(":" + v.get("n").asInt());
            }
        }
        String noCheck = text.lines().filter(l -> l.startsWith("  no-check ")).findFirst().orElseThrow();
        assertEquals(cells.size(), noCheck.split(" [A-Z][0-9]+:").length - 1, noCheck);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("bpo-36475 ")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("no-check ")), text);
    }

    /** The bench row of {@code strategy}: its columns up to the hang, those that never vary from run to run. */
    private static List<String> benchCounts(String strategy) {
        Cli r = Cli.run("bench", "--any-daemons", "-s", strategy);
        assertEquals(0, r.code(), r.err());
        String row = r.out().lines().filter(l -> l.startsWith(strategy + " ")).findFirst().orElseThrow();
        return List.of(row.trim().split(" +")).subList(0, 10);
    }

    @Test
    void theBenchCountsWhatTheCheckFindsTheSameEveryRun() throws Exception {
        String strategy = CHEAP.get(1);
        JsonNode check = anyDaemons(strategy);
        int[] reachableFrom = new int[4];
        Map<String, Integer> kinds = new LinkedHashMap<>();
        String hang = null;
        for (JsonNode v : check.get("verdicts")) {
            String kind = v.get("verdict").asText();
            kinds.merge(kind, 1, Integer::sum);
            if (kind.equals("REACHABLE")) {
                reachableFrom[v.get("n").asInt()]++;
            }
            if (v.get("site").asText().startsWith("main-thread-exits")) {
                hang = (kind.equals("REACHABLE") ? "N>=" : "ok<=") + v.get("n").asInt();
            }
        }
        List<String> expected = List.of(strategy, String.format("%,d", check.get("views").get("count").asInt()),
                "N<=" + check.get("views").get("searchedUpTo").asInt(), Integer.toString(reachableFrom[1]),
                Integer.toString(reachableFrom[2]), Integer.toString(reachableFrom[3]),
                Integer.toString(kinds.getOrDefault("REACHABLE_AT", 0)), Integer.toString(kinds.getOrDefault("UNREACHABLE", 0)), Integer.toString(kinds.getOrDefault("UNKNOWN", 0)),
                hang);
        assertEquals(expected, benchCounts(strategy));
        assertEquals(expected, benchCounts(strategy));
    }

    @Test
    void whatAnyDaemonsCannotTakeIsOneLine() {
        String tso = "gilcheck: --any-daemons works under sequential consistency only: drop --memory tso";
        String count = "gilcheck: --any-daemons covers every number of daemons: drop --daemons";
        String searches = "gilcheck: --any-daemons chooses its own searches: drop --swimlane and the search options";
        assertEquals(tso, Cli.refused("check", "-s", "py39", "--any-daemons", "--memory", "tso"));
        assertEquals(tso, Cli.refused("matrix", "--any-daemons", "--memory", "tso"));
        assertEquals(count, Cli.refused("check", "-s", "py39", "--any-daemons", "--daemons", "9"));
        assertEquals(count, Cli.refused("matrix", "--any-daemons", "--daemons", "2"));
        assertEquals(searches, Cli.refused("check", "-s", "py39", "--any-daemons", "--por"));
        assertEquals(searches, Cli.refused("check", "-s", "py39", "--any-daemons", "--swimlane"));
        assertTrue(Cli.refused("check", "-s", "py99", "--any-daemons").startsWith("gilcheck: unknown strategy 'py99'"));
        assertTrue(Cli.refused("matrix", "--any-daemons", "-s", "py99").startsWith("gilcheck: unknown strategy 'py99'"));
        assertTrue(Cli.refused("bench", "--any-daemons", "-s", "py99").startsWith("gilcheck: unknown strategy 'py99'"));
        assertEquals("gilcheck: --any-daemons chooses its own daemon counts and searches: drop --to",
                Cli.refused("bench", "--any-daemons", "--to", "3"));
    }
}
