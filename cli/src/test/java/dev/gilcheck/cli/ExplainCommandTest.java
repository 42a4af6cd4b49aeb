package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.catalogue.Catalogue;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** explain: the closed, opened and remaining sites are those the two checks compute, and the witness is the shortest. */
class ExplainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode check(String strategy) throws Exception {
        return JSON.readTree(Cli.run("check", "-s", strategy, "--format", "json").out());
    }

    private static Set<String> sites(JsonNode check) {
        Set<String> out = new TreeSet<>();
        check.get("violations").forEach(v -> out.add(v.get("invariant").asText() + " @ " + v.get("site").asText()));
        return out;
    }

    private static String section(String text, String title) {
        int start = text.indexOf(title);
        assertTrue(start >= 0, title + " missing in\n" + text);
        int end = text.indexOf("\n\n", start);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void theWindowsAreTheDifferenceBetweenTheTwoChecks() throws Exception {
        Cli r = Cli.run("explain", "fix4-a36adfa", "--width", "100");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith(Catalogue.heading(Strategy.FIX4_A36ADFA) + "\n"), r.out());
        assertTrue(r.out().contains(Catalogue.of(Strategy.FIX4_A36ADFA).title()), r.out());
        assertTrue(r.out().contains("What changed since fix3-29356e0:\n  "), r.out());
        Set<String> now = sites(check("fix4-a36adfa"));
        Set<String> before = sites(check("fix3-29356e0"));
        for (String site : now) {
            String where = before.contains(site) ? "Windows that remain" : "Windows it opened";
            assertTrue(section(r.out(), where).contains("- " + site + " ("), site + " not under " + where);
        }
        for (String site : before) {
            assertEquals(!now.contains(site), section(r.out(), "Windows it closed").contains(site), site);
        }
    }

    @Test
    void theShortestWitnessIsShownAsSwimlanes() throws Exception {
        Cli r = Cli.run("explain", "py39", "--no-color");
        assertEquals(0, r.code(), r.err());
        JsonNode shortest = StreamSupport.stream(check("py39").get("violations").spliterator(), false)
                .min(Comparator.comparingInt(v -> v.get("length").asInt())).orElseThrow();
        assertTrue(r.out().contains("--schedule \"" + shortest.get("schedule").asText() + "\""), r.out());
        String lastStep = shortest.get("length").asInt() + "! ";
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith(lastStep)), r.out());
        assertTrue(r.out().contains("  ! step " + shortest.get("length").asInt()), r.out());
    }

    @Test
    void theFirstVersionAndASafeVersionSaySo() {
        Cli first = Cli.run("explain", Strategy.values()[0].id());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("This is the first version modelled."), first.out());
        Cli safe = Cli.run("explain", "bpo-36475");
        assertEquals(0, safe.code(), safe.err());
        assertTrue(safe.out().contains("No violation is reachable at these bounds"), safe.out());
    }

    @Test
    void anUnknownStrategyIsBadInput() {
        Cli r = Cli.run("explain", "py99");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("gilcheck: unknown strategy 'py99'"), r.err());
    }
}
