package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The witnesses the issue names, found by `check` and reproduced step for step by `replay`: the
 * eb4e2ae race, the bpo-36710 dangling read and the wait-loop drop request (fix 4's hang, and its
 * interpreter write when the main thread has no cleanup release).
 */
class ReplayWitnessesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static void replaysStepForStep(String strategy, String site, String... bounds) throws Exception {
        List<String> args = new ArrayList<>(List.of("check", "-s", strategy, "--format", "json"));
        args.addAll(List.of(bounds));
        JsonNode root = JSON.readTree(Cli.run(args.toArray(String[]::new)).out());
        JsonNode witness = null;
        for (JsonNode v : root.get("violations")) {
            if ((v.get("invariant").asText() + " @ " + v.get("site").asText()).equals(site)) {
                witness = v;
            }
        }
        assertTrue(witness != null, strategy + " has no witness for " + site + ": " + root.get("violations"));
        List<String> replay = new ArrayList<>(List.of("replay", "-s", strategy, "--schedule",
                witness.get("schedule").asText()));
        replay.addAll(List.of(bounds));
        Cli r = Cli.run(replay.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        List<String> stepLines = r.out().lines().filter(l -> l.matches("\\s*\\d+\\s{2}.*")).toList();
        assertEquals(witness.get("length").asInt(), stepLines.size());
        for (int i = 0; i < stepLines.size(); i++) {
            JsonNode step = witness.get("trace").get(i);
            String line = stepLines.get(i);
            assertTrue(line.contains(step.get("token").asText()) && line.contains(step.get("function").asText())
                    && line.contains(step.get("action").asText()), "step " + (i + 1) + ": " + line);
        }
        assertTrue(r.out().contains("violation: " + witness.get("invariant").asText()), r.out());
    }

    @Test
    void theEb4e2aeRace() throws Exception {
        replaysStepForStep("fix1-eb4e2ae", "tstate-use-after-free @ RESTORE_READ_TSTATE_INTERP");
    }

    @Test
    void theBpo36710DanglingRead() throws Exception {
        replaysStepForStep("bpo-36710-regression",
                "tstate-use-after-free @ RESTORE_READ_TSTATE_INTERP");
    }

    @Test
    void theWaitLoopDropRequestHang() throws Exception {
        replaysStepForStep("fix4-a36adfa",
                "main-thread-exits @ DROP_SWITCH_WAKE");
    }

    @Test
    void theWaitLoopDropRequestWrite() throws Exception {
        replaysStepForStep("fix4-a36adfa",
                "interp-use-after-free @ SET_DROP_REQUEST",
                "--releases", "0");
    }
}
