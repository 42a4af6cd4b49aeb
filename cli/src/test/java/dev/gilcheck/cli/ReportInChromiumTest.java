package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a browser shows it: headless Chromium loads the file, and the test reads the
 * rendered DOM. Outside CI the test is skipped when Chromium is not installed; in CI (CI=true) it
 * must run, and .ci/run installs Chromium. With -Dgilcheck.screenshot=FILE.png the first test also
 * saves a screenshot of the page (docs/report.png is made so).
 */
class ReportInChromiumTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STRATEGY = "fix4-a36adfa";

    private static String chromium() {
        String binary = Chromium.find();
        if (binary == null) {
            boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
            assertTrue(!ci, "CI=true but chromium is not installed: .ci/run should apt-get install chromium");
            Assumptions.abort("chromium is not installed (apt-get install -y chromium): the rendered report is not"
                    + " checked");
        }
        return binary;
    }

    @Test
    void theTimelinesRenderAndSteppingMovesTheHighlight(@TempDir Path dir) throws Exception {
        String binary = chromium();
        Path file = dir.resolve("report.html");
        Cli written = Cli.run("report", "-s", STRATEGY, "-o", file.toString());
        assertEquals(0, written.code(), written.err());
        JsonNode check = JSON.readTree(Cli.run("check", "-s", STRATEGY, "--format", "json").out());
        JsonNode first = check.get("violations").get(0);

        try (Chromium page = new Chromium(binary, file)) {
            page.awaitLoaded();
            assertEquals(check.get("violations").size(),
                    page.eval("document.querySelectorAll('section.witness svg.timeline').length").asInt());
            assertEquals(first.get("length").asInt(),
                    page.eval("document.querySelectorAll('section.witness')[0].querySelectorAll('g.step').length")
                            .asInt());
            assertEquals(1, current(page));
            assertTrue(panel(page).startsWith("Step 1 of " + first.get("length").asInt()), panel(page));

            click(page, "next");
            assertEquals(2, current(page));
            assertEquals(1, page.eval(witness() + ".querySelectorAll('g.step.current').length").asInt());
            assertEquals(first.get("length").asInt() - 2,
                    page.eval(witness() + ".querySelectorAll('g.step.future').length").asInt());
            assertTrue(panel(page).contains(first.get("trace").get(1).get("action").asText()), panel(page));

            click(page, "last");
            assertEquals(first.get("length").asInt(), current(page));
            assertTrue(page.eval(witness() + ".querySelector('g.step.current').classList.contains('broken')")
                    .asBoolean());
            assertTrue(panel(page).contains(first.get("invariant").asText()), panel(page));

            click(page, "prev");
            assertEquals(first.get("length").asInt() - 1, current(page));
            String screenshot = System.getProperty("gilcheck.screenshot");
            if (screenshot != null) {
                page.screenshot(Path.of(screenshot), 1280, 1480);
            }
        }
    }

    @Test
    void aLinkCanOpenATimelineAtAStep(@TempDir Path dir) throws Exception {
        String binary = chromium();
        Path file = dir.resolve("report.html");
        assertEquals(0, Cli.run("report", "-s", STRATEGY, "-o", file.toString()).code());
        try (Chromium page = new Chromium(binary, file.toUri().resolve("#" + STRATEGY + "-2:3"))) {
            page.awaitLoaded();
            assertEquals(3, page.eval("document.getElementById('" + STRATEGY + "-2').dataset.current").asInt());
            assertEquals(1, current(page));
        }
    }

    @Test
    void everyStepLinksToTheCommitAndThePageFetchesNothing(@TempDir Path dir) throws Exception {
        String binary = chromium();
        Path file = dir.resolve("report.html");
        assertEquals(0, Cli.run("report", "-s", STRATEGY, "-o", file.toString()).code());
        try (Chromium page = new Chromium(binary, file)) {
            page.awaitLoaded();
            JsonNode links = page.eval("Array.from(document.querySelectorAll('g.step')).map(g => g.dataset.href)");
            assertNotNull(links);
            assertTrue(links.size() > 0);
            for (JsonNode link : links) {
                assertTrue(link.asText().startsWith("https://github.com/python/cpython/blob/"
                        + "a36adfa6bbf5e612a4d4639124502135690899b8/Python/"), link.asText());
            }
            assertEquals(0, page.eval("performance.getEntriesByType('resource').length").asInt());
            assertEquals(0, page.eval("document.querySelectorAll('script[src], link[href], img[src]').length").asInt());
        }
    }

    private static String witness() {
        return "document.querySelectorAll('section.witness')[0]";
    }

    private static int current(Chromium page) throws Exception {
        int shown = page.eval(witness() + ".querySelector('g.step.current').dataset.step").asInt();
        assertEquals(shown, page.eval(witness() + ".dataset.current").asInt());
        return shown;
    }

    private static String panel(Chromium page) throws Exception {
        return page.eval(witness() + ".querySelector('.panel').textContent").asText();
    }

    private static void click(Chromium page, String button) throws Exception {
        page.eval(witness() + ".querySelector('button." + button + "').click()");
    }
}
