package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** check with each search option, and bench, from the command line. */
class SearchCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode check(String... extra) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("check", "-s", "fix4-a36adfa", "--format", "json"));
        args.addAll(List.of(extra));
        Cli r = Cli.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    private static List<String> sites(JsonNode root) {
        List<String> out = new java.util.ArrayList<>();
        root.get("violations").forEach(v -> out.add(v.get("site").asText()));
        out.sort(null);
        return out;
    }

    @Test
    void everySearchOptionGivesTheSameSites() throws Exception {
        List<String> plain = sites(check());
        for (String[] options : List.of(new String[] {"--dfs"}, new String[] {"--fingerprint"},
                new String[] {"--symmetry"}, new String[] {"--por"}, new String[] {"--threads", "2"},
                new String[] {"--symmetry", "--por", "--threads", "2"})) {
            assertEquals(plain, sites(check(options)), String.join(" ", options));
        }
    }

    @Test
    void fingerprintRunsPrintTheCollisionProbability() throws Exception {
        assertTrue(check("--fingerprint").get("collisionNote").asText().contains("collided"));
        assertTrue(Cli.run("check", "-s", "py39", "--symmetry", "--threads", "2").out().contains("at most"));
    }

    @Test
    void theParallelSearchPrintsWhatTheSequentialOneDoes() {
        assertEquals(Cli.run("check", "-s", "py313", "--fingerprint", "--symmetry").out(),
                Cli.run("check", "-s", "py313", "--fingerprint", "--symmetry", "--threads", "2").out());
    }

    @Test
    void benchPrintsTheMachineAndARowPerDaemonCountAndMode() {
        Cli r = Cli.run("bench", "--from", "1", "--to", "2", "--loops", "1", "--releases", "1", "--mode",
                "plain,symmetry,parallel", "--max-seconds", "20");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("machine: "), r.out());
        assertTrue(r.out().contains("cores (nproc)"));
        for (String mode : List.of("plain", "symmetry", "parallel")) {
            for (int d = 1; d <= 2; d++) {
                String row = String.format("%7d  %-13s", d, mode);
                assertTrue(r.out().lines().anyMatch(l -> l.startsWith(row)), row + " in\n" + r.out());
            }
        }
    }

    /**
     * fix4-a36adfa's spaces at 2 and 3 daemons (loops 2, releases 2) hold over 100,000 worlds even under symmetry,
     * so no mode finishes within 0.01 s. Whether a violation is found by then depends on the machine's speed, so the
     * verdicts are not asserted (CI once saw the plain search explore 4 worlds before the limit): only which runs
     * happen, and that each stopped run says so.
     */
    @Test
    void onceEveryModeHasStoppedTheLastGoesOnForTheVerdict() {
        Cli r = Cli.run("bench", "--from", "2", "--to", "3", "--mode", "plain,symmetry", "--max-seconds", "0.01");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        List<String> runs = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches(" +[0-9]+  [a-z+]+ .*")) {
                String[] cells = lines.get(i).trim().split(" +");
                runs.add(cells[0] + " " + cells[1]);
                assertTrue(lines.get(i + 1).contains("(stopped at the time limit of 0.01 s)"), r.out());
            }
        }
        assertEquals(List.of("2 plain", "2 symmetry", "3 symmetry"), runs, r.out());
    }

    @Test
    void benchRefusesUnknownModesAndEmptyRanges() {
        Cli r = Cli.run("bench", "--mode", "fast");
        assertEquals(Main.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("gilcheck: unknown --mode 'fast'; use plain,"), r.err());
        assertEquals(Main.BAD_INPUT, Cli.run("bench", "--from", "5", "--to", "3").code());
        assertEquals(Main.BAD_INPUT, Cli.run("check", "-s", "py39", "--threads", "2", "--dfs").code());
        assertEquals(Main.BAD_INPUT, Cli.run("check", "-s", "py39", "--threads", "0").code());
    }
}
