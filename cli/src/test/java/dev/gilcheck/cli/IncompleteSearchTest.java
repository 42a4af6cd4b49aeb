package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A search stopped early by a small heap never prints '.' (unreachable): its row says INCOMPLETE with the
 * hint; and no heap, however small, ends in an OutOfMemoryError stack trace (issue 11, items 3, 10, 12).
 */
class IncompleteSearchTest {

    /** A clean end: a result (exit 0) or one line on stderr (exit 2); never a stack trace. */
    private static Jvm clean(String heap, String... args) throws Exception {
        Jvm r = Jvm.run(List.of("-Xmx" + heap), args);
        assertFalse(r.err().contains("OutOfMemoryError") || r.err().contains("\tat ") || r.err().contains("Exception"),
                heap + " " + String.join(" ", args) + ": " + r.err());
        assertTrue(r.code() == 0 || (r.code() == 2 && r.err().lines().count() == 1),
                heap + " " + String.join(" ", args) + ": exit " + r.code() + ": " + r.err());
        return r;
    }

    @Test
    void matrixMarksAnIncompleteRowAndNeverClaimsUnreachable() throws Exception {
        Jvm r = clean("32m", "matrix", "--loops", "2");
        assertEquals(0, r.code(), r.err());
        List<String> incomplete = r.out().lines().filter(l -> l.endsWith("INCOMPLETE")).toList();
        assertFalse(incomplete.isEmpty(), "32 MB did not stop any search: the test proves nothing\n" + r.out());
        for (String row : incomplete) {
            assertFalse(row.matches(".* \\.( .*|$)"), "an incomplete row claims a site unreachable: " + row);
            assertTrue(row.contains("?"), row);
            String strategy = row.substring(0, row.indexOf(' '));
            assertTrue(r.out().contains("INCOMPLETE " + strategy + ": stopped before the heap ran out"), r.out());
        }
        assertTrue(r.out().contains("JAVA_OPTS=-Xmx"), r.out());
    }

    @Test
    void checkAtTinyHeapsEndsCleanly() throws Exception {
        for (String heap : List.of("16m", "32m")) {
            Jvm r = clean(heap, "check", "-s", "py313", "--loops", "2");
            if (r.code() == 0) {
                assertTrue(r.out().contains("(INCOMPLETE: stopped before the heap ran out"), r.out());
                assertTrue(r.out().contains("hint: ") && r.out().contains("JAVA_OPTS=-Xmx"), r.out());
            }
        }
    }

    @Test
    void everyCommandThatSearchesEndsCleanlyAtSixteenMegabytes() throws Exception {
        clean("16m", "explain", "py313");
        clean("16m", "density", "-s", "py313", "--runs", "50");
        clean("16m", "check", "-s", "py313", "--format", "json");
    }

    @Test
    void theRefusalForLargeBoundsNamesEveryWayOut() {
        Cli r = Cli.run("check", "-s", "py313", "--daemons", "12");
        assertEquals(2, r.code());
        for (String way : List.of("--fingerprint", "--symmetry", "--daemons", "JAVA_OPTS=-Xmx")) {
            assertTrue(r.err().contains(way), way + " missing: " + r.err());
        }
    }
}
