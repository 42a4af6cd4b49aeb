package dev.gilcheck.model;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.BfsExplorer;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchResult;

/**
 * Whether process exit can still be reached from where a run stands: the question a replayed schedule
 * that breaks no invariant on its way leaves open. Answered by a search from the run's last world.
 *
 * @param answer  reached already, still reachable, no longer reachable, or not known
 * @param ahead   the search from the last world; null when exit is reached already
 */
public record ExitReachability(Answer answer, SearchResult ahead) {

    /** What the search from the run's end says about process exit. */
    public enum Answer {
        /** The run ends at process exit. */
        REACHED,
        /** Some schedule from here reaches process exit. */
        REACHABLE,
        /** No schedule from here reaches process exit: the main thread hangs. */
        UNREACHABLE,
        /** The search stopped before it could tell. */
        UNKNOWN
    }

    /** Whether process exit can still be reached at the end of {@code trace}, a run of {@code system}. */
    public static ExitReachability after(FiberSystem system, Trace trace) {
        if (system.isGoal(trace.end())) {
            return new ExitReachability(Answer.REACHED, null);
        }
        SearchResult ahead = new BfsExplorer(system.startingAt(trace.end()), Limits.forHeap(),
                Invariant.MAIN_THREAD_EXITS.id()).explore();
        for (Witness w : ahead.witnesses()) {
            if (w.length() == 0 && w.violation().invariant().equals(Invariant.MAIN_THREAD_EXITS.id())) {
                return new ExitReachability(Answer.UNREACHABLE, ahead);
            }
        }
        return new ExitReachability(ahead.complete() ? Answer.REACHABLE : Answer.UNKNOWN, ahead);
    }
}
