package dev.gilcheck.checker.view;

import dev.gilcheck.checker.engine.Blame;
import dev.gilcheck.checker.engine.SourceLocation;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.TraceStep;
import java.util.List;
import java.util.function.Function;

/**
 * A trace as an SVG timeline: one lane per fiber, one row per step, top to bottom. Each step is a
 * {@code <g class="step">} carrying its data ({@code data-step}, {@code data-fiber}, ...) so that a
 * page script can step through it; the step that did the harm has class {@code cause}, the step
 * that breaks an invariant class {@code broken}, and in a hang the step after which the waiting
 * fiber blocks for good class {@code stuck}. A cell too narrow for its label cuts the action, never
 * the function: a function name longer than the cell is squeezed into it.
 */
public final class SvgTimeline {
    private static final int ROW = 24;
    private static final int HEAD = 30;
    private static final int NUMBER = 44;
    private static final int LANES_WIDTH = 740;
    private static final int MIN_LANE = 240;
    private static final int MAX_LANE = 370;
    private static final double CHAR_WIDTH = 7.3;

    private final List<Blame.Cause> causes;
    private final int stuck;
    private final Function<TraceStep, String> href;
    private final List<String> lanes;
    private final int lane;
    private final int width;

    private SvgTimeline(Trace trace, List<String> fibers, List<Blame.Cause> causes, int stuck,
                        Function<TraceStep, String> href) {
        this.causes = causes;
        this.stuck = stuck;
        this.href = href;
        this.lanes = Swimlane.lanes(trace, fibers);
        this.lane = Math.max(MIN_LANE, Math.min(MAX_LANE, LANES_WIDTH / Math.max(1, lanes.size())));
        this.width = NUMBER + lane * lanes.size();
    }

    /**
     * @param fibers every fiber name in lane order; only those that take a step get a lane
     * @param causes the steps that did the harm (see {@link Blame})
     * @param href   the source link of a step, or null
     */
    public static String render(Trace trace, List<String> fibers, List<Blame.Cause> causes,
                                Function<TraceStep, String> href) {
        return render(trace, fibers, causes, 0, href);
    }

    /** As above, with {@code stuck} the step after which a fiber blocks for good (0: none). */
    public static String render(Trace trace, List<String> fibers, List<Blame.Cause> causes, int stuck,
                                Function<TraceStep, String> href) {
        return new SvgTimeline(trace, fibers, causes, stuck, href).svg(trace);
    }

    private String svg(Trace trace) {
        int height = HEAD + ROW * trace.length() + 6;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">%n", width, height, width, height));
        for (int l = 0; l < lanes.size(); l++) {
            int x = NUMBER + lane * l + lane / 2;
            sb.append(String.format("<line class=\"lifeline\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>%n",
                    x, HEAD - 6, x, height));
            sb.append(String.format("<text class=\"lane\" x=\"%d\" y=\"%d\">%s</text>%n", x, HEAD - 12,
                    Html.escape(lanes.get(l))));
        }
        for (TraceStep s : trace.steps()) {
            step(sb, s);
        }
        return sb.append("</svg>\n").toString();
    }

    private void step(StringBuilder sb, TraceStep s) {
        int y = HEAD + ROW * (s.number() - 1);
        int x = NUMBER + lane * lanes.indexOf(s.fiber());
        String kind = !s.violations().isEmpty() ? " broken" : s.number() == stuck ? " stuck"
                : causes.stream().anyMatch(c -> c.step() == s.number()) ? " cause" : "";
        List<String> broken = s.violations().stream()
                .map(v -> v.invariant() + (v.fatal() ? " (the run ends here)" : "")).toList();
        String link = href.apply(s);
        sb.append("<g class=\"step").append(kind).append("\" data-step=\"").append(s.number()).append('"');
        data(sb, "fiber", s.fiber());
        data(sb, "token", s.token().toString());
        data(sb, "function", s.site().function());
        data(sb, "location", s.site().location());
        data(sb, "approximate", String.valueOf(SourceLocation.parse(s.site().location()).approximate()));
        data(sb, "action", s.site().action());
        data(sb, "detail", s.detail());
        data(sb, "href", link == null ? "" : link);
        data(sb, "violations", String.join("; ", broken));
        sb.append(">\n");
        sb.append(String.format("<title>%s</title>%n", Html.escape(s.number() + ". " + s.fiber() + " "
                + s.site().describe() + (s.detail().isEmpty() ? "" : " -> " + s.detail()))));
        sb.append(String.format("<rect class=\"row\" x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\"/>%n", y, width, ROW));
        sb.append(String.format("<text class=\"number\" x=\"%d\" y=\"%d\">%d</text>%n", NUMBER - 10, y + 16,
                s.number()));
        sb.append(String.format("<rect class=\"cell\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"5\"/>%n",
                x + 4, y + 2, lane - 8, ROW - 4));
        String label = Swimlane.cellText(s);
        String function = s.site().function() + SourceLocation.parse(s.site().location()).lineLabel();
        int chars = (int) ((lane - 24) / CHAR_WIDTH);
        String squeeze = "";
        if (function.length() >= chars) {
            label = function;
            squeeze = String.format(" textLength=\"%d\" lengthAdjust=\"spacingAndGlyphs\"", lane - 24);
        } else if (label.length() > chars) {
            label = label.substring(0, chars - 1) + "\u2026";
        }
        sb.append(String.format("<text class=\"label\" x=\"%d\" y=\"%d\"%s>%s</text>%n", x + 12, y + 16, squeeze,
                Html.escape(label)));
        sb.append("</g>\n");
    }

    private static void data(StringBuilder sb, String name, String value) {
        sb.append(" data-").append(name).append("=\"").append(Html.escape(value)).append('"');
    }
}
