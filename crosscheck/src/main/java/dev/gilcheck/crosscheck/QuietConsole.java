package dev.gilcheck.crosscheck;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps Lincheck's own console output (a warning for each field it cannot track, and whatever else it
 * prints) out of the terminal and the build log: System.out and System.err are captured while it runs,
 * and the text is kept for a file.
 */
final class QuietConsole {
    private QuietConsole() {
    }

    /** Runs {@code work} with System.out and System.err captured; returns what was printed. */
    static String during(Runnable work) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            work.run();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
