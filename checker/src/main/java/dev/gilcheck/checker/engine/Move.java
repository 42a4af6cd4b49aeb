package dev.gilcheck.checker.engine;

import java.util.List;

/**
 * One enabled step from a world: which fiber takes it, which alternative, the world it leads to,
 * and the invariants it breaks.
 *
 * @param tag    the alternative's tag, or null when the point has a single instruction
 * @param detail what the step did, when the system was asked for traces; empty otherwise
 */
public record Move(int fiber, int alternative, String tag, Site site, String detail, long[] target,
                   List<Violation> violations) {

    public boolean fatal() {
        return Violation.anyFatal(violations);
    }
}
