package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.ProtocolModel;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.view.Swimlane;
import java.util.List;
import picocli.CommandLine.Option;

/** How wide and how coloured swimlane traces are. */
final class LaneOptions {
    private static final int DEFAULT_WIDTH = 120;
    private static final int MIN_WIDTH = 40;
    private static final int MAX_WIDTH = 1000;

    @Option(names = "--width", paramLabel = "COLUMNS", description = "width of swimlane traces, " + MIN_WIDTH + " to "
            + MAX_WIDTH + " (default: $COLUMNS, else " + DEFAULT_WIDTH + ")")
    Integer width;

    @Option(names = "--no-color", description = "no ANSI colours in swimlane traces (the default when not on a"
            + " terminal, or when NO_COLOR is set)")
    boolean noColor;

    /** Refuses a width the lanes cannot be drawn in. */
    void check() {
        if (width != null && (width < MIN_WIDTH || width > MAX_WIDTH)) {
            throw new BadInputException("--width " + width + " is out of range: use " + MIN_WIDTH + " to " + MAX_WIDTH);
        }
    }

    Swimlane.Style style() {
        check();
        boolean color = !noColor && System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        return new Swimlane.Style(width != null ? width : environmentWidth(), color);
    }

    private static int environmentWidth() {
        String columns = System.getenv("COLUMNS");
        return columns != null && columns.matches("\\d{2,4}") ? Integer.parseInt(columns) : DEFAULT_WIDTH;
    }

    /** {@code trace}, a run of {@code model}'s {@code system}, as swimlanes, with the step that did the harm marked. */
    String render(ProtocolModel model, FiberSystem system, Trace trace) {
        List<String> names = system.fibers().stream().map(Fiber::name).toList();
        return new Swimlane(trace, names, model.culprits(system, trace), style()).render();
    }
}
