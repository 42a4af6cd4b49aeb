package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.catalogue.Catalogue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report file as written (its rendering in a browser is ReportInChromiumTest). */
class ReportCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @Test
    void oneTimelinePerWitnessWithTheCataloguesWords(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("py39.html");
        Cli r = Cli.run("report", "-s", "py39", "-o", file.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(file);
        JsonNode check = JSON.readTree(Cli.run("check", "-s", "py39", "--format", "json").out());
        assertEquals(check.get("violations").size(), count(html, "<svg class=\"timeline\""));
        Catalogue entry = Catalogue.of(Strategy.PY39);
        assertTrue(html.contains(entry.bug()));
        assertTrue(html.contains(dev.gilcheck.checker.view.Html.escape(entry.story().split("\n")[0])));
        assertTrue(html.contains("https://github.com/python/cpython/blob/v3.9.0/Python/ceval_gil.h#L"));
        assertEquals(r.out().trim(), "wrote " + file + " (1 version, " + check.get("violations").size()
                + " witnesses)");
    }

    @Test
    void allVersionsHaveASectionAndASummaryRow(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("all.html");
        assertEquals(0, Cli.run("report", "--all", "-o", file.toString()).code());
        String html = Files.readString(file);
        for (Strategy s : Strategy.values()) {
            assertTrue(html.contains("<h2 id=\"" + s.id() + "\">"), s.id());
            assertTrue(html.contains("<a href=\"#" + s.id() + "\">"), s.id());
        }
    }

    @Test
    void sameArgumentsWriteTheSameBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        assertEquals(0, Cli.run("report", "-s", "py313", "-o", a.toString()).code());
        assertEquals(0, Cli.run("report", "-s", "py313", "-o", b.toString()).code());
        assertEquals(Files.readString(a), Files.readString(b));
    }

    @Test
    void aMissingFolderIsBadInputAndNothingIsWritten(@TempDir Path dir) {
        Path file = dir.resolve("nowhere/report.html");
        Cli r = Cli.run("report", "-s", "py39", "-o", file.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("does not exist; create it or give another -o"), r.err());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void oneOfStrategyOrAllIsRequired(@TempDir Path dir) {
        Cli r = Cli.run("report", "-o", dir.resolve("x.html").toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
    }
}
