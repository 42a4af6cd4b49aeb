package dev.gilcheck.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** What every --help says besides the options: the exit codes, and where schedules appear, their grammar. */
final class Help {
    /** The grammar of a schedule, for the footers of the commands that read or print one. */
    static final String SCHEDULES = "%n%nSchedules: one token per step, separated by spaces or commas: M (the main"
            + " thread), D1..D12 (daemons), C1, C2 (C threads); where a thread has alternatives (a timed wait) the"
            + " token carries a tag after a dot: D1.timeout, D1.signalled. Example: \"M D1 M M D1.timeout\".";

    static final int INTERRUPTED = 130;

    private Help() {
    }

    static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "done (VIOLATED, SAFE, UNKNOWN and INCOMPLETE are results, not errors)");
        codes.put("1", "internal error: a bug in gilcheck");
        codes.put("2", "bad input, or the heap ran out: one line on stderr says what to do");
        codes.put(String.valueOf(INTERRUPTED), "interrupted (Ctrl-C): the statistics so far are on stderr");
        return codes;
    }

    /** Adds the exit codes to the help of {@code cl} and of every subcommand, with the codes only it has. */
    static void addExitCodes(CommandLine cl) {
        Map<String, String> codes = exitCodes();
        if (cl.getCommand() instanceof OwnExitCodes own) {
            String interrupted = codes.remove(String.valueOf(INTERRUPTED));
            codes.putAll(own.exitCodes());
            codes.put(String.valueOf(INTERRUPTED), interrupted);
        }
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        cl.getSubcommands().values().forEach(Help::addExitCodes);
    }

    /** A command whose exit status says more than the common codes. */
    interface OwnExitCodes {
        Map<String, String> exitCodes();
    }
}
