package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every --help has an example, the exit codes and the ranges; list aligns its columns (issue 11, items 18, 19). */
class HelpAndListTest {

    private static List<String> commands() {
        return new ArrayList<>(new CommandLine(new Main()).getSubcommands().keySet());
    }

    @Test
    void everyHelpHasAnExampleTheExitCodesAndTheRanges() {
        for (String command : commands()) {
            Cli r = Cli.run(command, "--help");
            assertEquals(0, r.code(), command);
            String help = r.out();
            assertTrue(help.contains("Example:\n  gilcheck " + command), command + ":\n" + help);
            assertTrue(help.contains("Exit codes:") && help.contains("  2 ") && help.contains("  130 "), command);
            if (help.contains("--daemons=")) {
                assertTrue(help.contains("daemon threads, 1 to 12"), command);
                assertTrue(help.replaceAll("\\s+", " ").contains("cleanup, 0 to 8"), command);
            }
            if (help.contains("--runs=")) {
                assertTrue(help.contains("runs, 1 or more") || help.contains("per strategy, 1 or more"), command);
            }
            if (help.contains("--threads=")) {
                assertTrue(help.contains("1 to 4 per core"), command);
            }
        }
    }

    @Test
    void theCommandsThatReadOrPrintSchedulesGiveTheirGrammar() {
        for (String command : List.of("replay", "check", "explain", "fuzz")) {
            String help = Cli.run(command, "--help").out().replaceAll("\\s+", " ");
            assertTrue(help.contains("Schedules: one token per step, separated by spaces or commas"), command);
            assertTrue(help.contains("D1.timeout, D1.signalled"), command);
        }
        assertTrue(Cli.run("replay", "--help").out().contains("--schedule-file=FILE"));
    }

    @Test
    void listAlignsEachSectionsColumns() {
        String out = Cli.run("list").out();
        for (String section : out.split("\n\n")) {
            List<String> rows = section.lines().skip(1).toList();
            int column = -1;
            for (String row : rows) {
                int second = secondColumn(row);
                if (second < 0) {
                    continue;
                }
                if (column < 0) {
                    column = second;
                }
                assertEquals(column, second, "misaligned in " + section.lines().findFirst().orElse("") + ": " + row);
            }
        }
    }

    /** Where the second column starts: after the first run of two or more spaces past the first word. */
    private static int secondColumn(String row) {
        if (row.startsWith("   ")) {
            return -1;
        }
        int afterFirst = row.indexOf(' ', 2);
        int i = afterFirst;
        while (i >= 0 && i < row.length() && row.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
