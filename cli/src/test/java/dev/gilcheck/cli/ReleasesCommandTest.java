package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gilcheck.model.Release;
import dev.gilcheck.model.Releases;
import dev.gilcheck.model.SourceRow;
import dev.gilcheck.model.Step;
import org.junit.jupiter.api.Test;

class ReleasesCommandTest {

    @Test
    void listsEveryReleaseWithItsTagAndStrategy() throws Exception {
        Cli text = Cli.run("releases");
        assertEquals(0, text.code(), text.err());
        JsonNode json = new ObjectMapper().readTree(Cli.run("releases", "--format", "json").out());
        assertEquals(Releases.all().size(), json.size());
        for (int i = 0; i < json.size(); i++) {
            Release r = Releases.all().get(i);
            assertEquals(r.version(), json.get(i).get("release").asText());
            assertEquals(r.strategy().id(), json.get(i).get("strategy").asText());
            assertEquals(r.rows().size(), json.get(i).get("lines").size());
            SourceRow take = r.rows().get(Step.TAKE_LOCK);
            assertEquals(take.lineNumber(), json.get(i).get("lines").get("TAKE_LOCK").get("line").asInt());
            assertTrue(text.out().lines().anyMatch(l -> l.startsWith(r.version() + " ") && l.contains(r.tag())
                    && l.contains(r.strategy().id())), r.version());
        }
    }

    @Test
    void checkAtAReleaseLabelsStepsWithTheReleasesLines() throws Exception {
        Release r = Releases.byVersion("3.10.13");
        SourceRow row = r.rows().get(Step.ENTRY_READ_TSTATE_INTERP);
        JsonNode root = new ObjectMapper().readTree(Cli.run("check", "--release", "3.10.13", "--format", "json").out());
        assertEquals("3.10.13", root.get("release").asText());
        assertEquals(r.strategy().id(), root.get("strategy").asText());
        boolean labelled = false;
        for (JsonNode v : root.get("violations")) {
            for (JsonNode step : v.get("trace")) {
                assertTrue(step.get("location").asText().endsWith(" @v3.10.13"), step.toString());
                labelled |= step.get("location").asText().equals(row.file() + ":" + row.line() + " @v3.10.13");
            }
        }
        assertTrue(labelled, "take_gil's read of tstate->interp is labelled with 3.10.13's line");
        JsonNode plain = new ObjectMapper().readTree(Cli.run("check", "-s", r.strategy().id(), "--format", "json").out());
        assertEquals(plain.get("violations").size(), root.get("violations").size());
    }
}
