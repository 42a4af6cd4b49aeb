package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dot's summary counts what its file draws; the report's hang witness marks where the main thread
 * blocks for good and why; timeline cells keep the function name whole (issue 11, items 9, 20).
 */
class DotAndHangTest {
    private static final Pattern SUMMARY = Pattern.compile("wrote .*: (\\d+) states \\((\\d+) only after a violation,"
            + " (\\d+) of them crashes; (\\d+) that cannot reach process exit\\), (\\d+) steps \\((\\d+) break an"
            + " invariant\\)\n");

    private static int count(String text, String what) {
        return text.split(Pattern.quote(what), -1).length - 1;
    }

    @Test
    void dotsSummaryCountsTheCrashNodesAndRedStepsItDraws(@TempDir Path dir) throws Exception {
        for (String strategy : new String[] {"py39", "py313", "fix1-eb4e2ae"}) {
            Path file = dir.resolve(strategy + ".dot");
            Cli r = Cli.run("dot", "-s", strategy, "-o", file.toString());
            assertEquals(0, r.code(), r.err());
            Matcher m = SUMMARY.matcher(r.out());
            assertTrue(m.matches(), r.out());
            String dot = Files.readString(file);
            int redEdges = (int) dot.lines().filter(l -> l.contains(" -> s") && l.contains("color=\"#d92d20\"")).count();
            int octagons = count(dot, "shape=octagon");
            assertTrue(redEdges > 0, strategy + ": no red step drawn, the check proves nothing");
            assertEquals(redEdges, Integer.parseInt(m.group(6)), strategy + ": red steps");
            assertEquals(octagons, Integer.parseInt(m.group(3)), strategy + ": crash nodes");
            assertTrue(octagons > 0 && Integer.parseInt(m.group(2)) >= octagons, r.out());
            assertEquals(Integer.parseInt(m.group(1)), dot.lines().filter(l -> l.matches("  s\\d+ \\[label=.*")).count(),
                    strategy + ": nodes");
        }
    }

    @Test
    void theHangWitnessMarksWhereTheMainThreadBlocksForGood(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.html");
        assertEquals(0, Cli.run("report", "-s", "fix4-a36adfa", "-o", file.toString()).code());
        String html = Files.readString(file);
        assertEquals(1, count(html, "<g class=\"step stuck\""), "one step marked where M blocks for good");
        Matcher stuck = Pattern.compile("<g class=\"step stuck\" data-step=\"(\\d+)\" data-fiber=\"M\"").matcher(html);
        assertTrue(stuck.find(), "the stuck step is not M's");
        assertTrue(html.contains("<b>Hang:</b> after step " + stuck.group(1) + " (highlighted orange) M is blocked at"
                + " drop_gil"), html);
        assertTrue(html.contains("No thread can wake it:</p><ul class=\"hang\"><li>D1 "), html);
    }

    @Test
    void aCellNeverCutsTheFunctionName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.html");
        assertEquals(0, Cli.run("report", "-s", "py314", "-o", file.toString()).code());
        String html = Files.readString(file);
        Matcher step = Pattern.compile("data-function=\"([^\"]*)\"[\\s\\S]*?<text class=\"label\"[^>]*>([^<]*)</text>")
                .matcher(html);
        int steps = 0;
        while (step.find()) {
            steps++;
            assertTrue(step.group(2).startsWith(step.group(1)), "cut: " + step.group(2) + " for " + step.group(1));
        }
        assertTrue(steps > 0);
        assertTrue(html.contains("lengthAdjust=\"spacingAndGlyphs\">_PyThreadState_SetShuttingDown"),
                "no function name as long as its cell: the test proves nothing");
    }
}
