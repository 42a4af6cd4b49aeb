package dev.gilcheck.reproduce;

import java.util.ArrayList;
import java.util.List;

/**
 * What forcing a witness on a real binary gave: the kind, its detail, and where the real thread
 * stood after each step.
 *
 * @param kind   the outcome
 * @param detail what happened at the site, or where and why the binary went another way
 * @param steps  one line per forced step, in schedule order
 * @param events the rest of the script's report (thread ids, freed blocks, the access), run-specific
 */
public record Outcome(Kind kind, String detail, List<StepReport> steps, List<String> events) {

    /** The outcomes the issue lists. */
    public enum Kind {
        REPRODUCED_CRASH("REPRODUCED crash"),
        REPRODUCED_HANG("REPRODUCED hang"),
        REPRODUCED_ACCESS("REPRODUCED access"),
        NOT_REPRODUCED("NOT REPRODUCED"),
        CANNOT("CANNOT");

        private final String text;

        Kind(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public boolean reproduced() {
            return name().startsWith("REPRODUCED");
        }

        static Kind parse(String text) {
            for (Kind k : values()) {
                if (k.text.equals(text)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown outcome '" + text + "'");
        }
    }

    /** Step {@code number} by {@code fiber}: ran (inside a run), stopped (where), or diverged (how). */
    public record StepReport(int number, String fiber, String status, String where) {
    }

    public Outcome {
        steps = List.copyOf(steps);
        events = List.copyOf(events);
    }

    static Outcome cannot(String why) {
        return new Outcome(Kind.CANNOT, why, List.of(), List.of());
    }

    /**
     * Reads the script's report: lines {@code "@@ step N FIBER STATUS WHERE"}, {@code "@@ outcome KIND
     * DETAIL"} and other {@code "@@ "} lines (tab-separated); everything else is gdb's own output.
     * Without an outcome line the run is NOT REPRODUCED with {@code noOutcome} as the reason.
     */
    static Outcome parse(List<String> lines, String noOutcome) {
        List<StepReport> steps = new ArrayList<>();
        List<String> events = new ArrayList<>();
        Kind kind = null;
        String detail = noOutcome;
        for (String line : lines) {
            if (!line.startsWith("@@ ")) {
                continue;
            }
            String[] f = line.substring(3).split("\t", -1);
            switch (f[0]) {
                case "step" -> steps.add(new StepReport(Integer.parseInt(f[1]), f[2], f[3], f.length > 4 ? f[4] : ""));
                case "outcome" -> {
                    kind = Kind.parse(f[1]);
                    detail = f.length > 2 ? f[2] : "";
                }
                default -> events.add(String.join(" ", f));
            }
        }
        return new Outcome(kind == null ? Kind.NOT_REPRODUCED : kind, detail, steps, events);
    }
}
