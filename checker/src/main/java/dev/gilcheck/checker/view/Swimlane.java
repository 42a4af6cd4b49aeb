package dev.gilcheck.checker.view;

import dev.gilcheck.checker.engine.Blame;
import dev.gilcheck.checker.engine.SourceLocation;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.TraceStep;
import dev.gilcheck.checker.engine.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * A trace as swimlanes: one column per fiber, one row per step, the function and line of the step
 * (then what it does, as far as the column is wide) in its fiber's column. The step that did the
 * harm is marked {@code *} and the step that breaks an invariant {@code !}, and both are coloured
 * when colour is on; a legend under the lanes says what each mark means.
 */
public final class Swimlane {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String CAUSE = "\u001b[30;43m";
    private static final String BROKEN = "\u001b[1;37;41m";
    private static final String SEPARATOR = " | ";
    private static final int MIN_CELL = 14;
    private static final int MAX_CELL = 64;

    /** @param width columns the lanes may fill; @param color whether to use ANSI colours */
    public record Style(int width, boolean color) {
    }

    private final Trace trace;
    private final List<String> lanes;
    private final List<Blame.Cause> causes;
    private final Style style;

    /**
     * @param fibers every fiber name in lane order; only those that take a step get a lane
     * @param causes the steps that did the harm (see {@link Blame})
     */
    public Swimlane(Trace trace, List<String> fibers, List<Blame.Cause> causes, Style style) {
        this.trace = trace;
        this.lanes = lanes(trace, fibers);
        this.causes = causes;
        this.style = style;
    }

    /** The fibers of {@code fibers} that take a step in {@code trace}, in that order. */
    public static List<String> lanes(Trace trace, List<String> fibers) {
        List<String> lanes = new ArrayList<>();
        for (String f : fibers) {
            if (trace.steps().stream().anyMatch(s -> s.fiber().equals(f))) {
                lanes.add(f);
            }
        }
        return lanes;
    }

    /** How a step names its place in a cell: function, line label, then what it does. */
    public static String cellText(TraceStep s) {
        return s.site().function() + SourceLocation.parse(s.site().location()).lineLabel() + "  " + s.site().action();
    }

    public String render() {
        int numberWidth = Math.max(2, String.valueOf(trace.length()).length());
        int lanesWidth = style.width() - numberWidth - 1 - SEPARATOR.length() * lanes.size();
        int cell = Math.max(MIN_CELL, Math.min(MAX_CELL, lanesWidth / Math.max(1, lanes.size())));
        StringBuilder sb = new StringBuilder();
        sb.append(" ".repeat(numberWidth + 1));
        for (String lane : lanes) {
            sb.append(SEPARATOR).append(paint(BOLD, fit(lane, cell)));
        }
        sb.append('\n');
        for (TraceStep s : trace.steps()) {
            char mark = mark(s);
            sb.append(String.format("%" + numberWidth + "d", s.number())).append(mark);
            for (String lane : lanes) {
                sb.append(SEPARATOR);
                String text = fit(lane.equals(s.fiber()) ? cellText(s) : "", cell);
                sb.append(mark == '!' && lane.equals(s.fiber()) ? paint(BROKEN, text)
                        : mark == '*' && lane.equals(s.fiber()) ? paint(CAUSE, text) : text);
            }
            sb.append('\n');
        }
        return strip(sb) + legend();
    }

    private char mark(TraceStep s) {
        if (!s.violations().isEmpty()) {
            return '!';
        }
        return causes.stream().anyMatch(c -> c.step() == s.number()) ? '*' : ' ';
    }

    private String legend() {
        StringBuilder sb = new StringBuilder();
        for (Blame.Cause c : causes) {
            TraceStep s = trace.steps().get(c.step() - 1);
            sb.append(note('*', "step " + c.step() + " (" + s.fiber() + ", " + s.site().function() + "): "
                    + describe(s) + ". It set " + c.field().name() + "; without that the violation below does not"
                    + " happen."));
        }
        for (TraceStep s : trace.steps()) {
            for (Violation v : s.violations()) {
                sb.append(note('!', "step " + s.number() + " (" + s.fiber() + ", " + s.site().function() + "): "
                        + v.invariant() + (v.fatal() ? " (the run ends here). " : ". ") + s.site().location() + ": "
                        + describe(s)));
            }
        }
        return sb.toString();
    }

    private String note(char mark, String text) {
        String wrapped = Prose.wrap(text, style.width(), "    ");
        return "  " + mark + wrapped.substring(3);
    }

    private static String describe(TraceStep s) {
        return s.detail().isEmpty() ? s.site().action() : s.site().action() + " -> " + s.detail();
    }

    private static String fit(String text, int width) {
        if (text.length() > width) {
            return text.substring(0, width - 2) + "..";
        }
        return text + " ".repeat(width - text.length());
    }

    private String paint(String code, String text) {
        return style.color() ? code + text + RESET : text;
    }

    /** Drops the trailing blanks of every line. */
    private static String strip(StringBuilder sb) {
        StringBuilder out = new StringBuilder();
        for (String line : sb.toString().split("\n")) {
            out.append(line.stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
