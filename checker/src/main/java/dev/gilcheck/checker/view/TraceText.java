package dev.gilcheck.checker.view;

import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.TraceStep;
import dev.gilcheck.checker.engine.Violation;

/**
 * A trace as text, one line per step: number, fiber, function, what the step does, what it did,
 * and the location in the modelled source; a broken invariant gets its own line under the step.
 */
public final class TraceText {
    private TraceText() {
    }

    public static String format(Trace trace) {
        StringBuilder sb = new StringBuilder();
        int fiberWidth = 2;
        int functionWidth = 8;
        for (TraceStep s : trace.steps()) {
            fiberWidth = Math.max(fiberWidth, s.token().toString().length());
            functionWidth = Math.max(functionWidth, s.site().function().length());
        }
        int numberWidth = String.valueOf(trace.length()).length();
        for (TraceStep s : trace.steps()) {
            sb.append(String.format("%" + numberWidth + "d  %-" + fiberWidth + "s  %-" + functionWidth + "s  %s",
                    s.number(), s.token(), s.site().function(), s.site().action()));
            if (!s.detail().isEmpty()) {
                sb.append(" -> ").append(s.detail());
            }
            sb.append("   [").append(s.site().location()).append("]\n");
            for (Violation v : s.violations()) {
                sb.append(" ".repeat(numberWidth + 2)).append("!! ").append(v.invariant())
                        .append(v.fatal() ? " (the run ends here)" : "").append('\n');
            }
        }
        return sb.toString();
    }
}
