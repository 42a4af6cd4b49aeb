package dev.gilcheck.checker.engine;

import java.util.List;

/** One step of a trace: its number (from 1), who took it, where, what it did, what it broke. */
public record TraceStep(int number, String fiber, Schedule.Token token, Site site, String detail,
                        List<Violation> violations) {
}
