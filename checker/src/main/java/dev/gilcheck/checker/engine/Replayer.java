package dev.gilcheck.checker.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Re-runs a schedule on a system, step by step, and says exactly why a step cannot be taken. */
public final class Replayer {
    private final FiberSystem system;

    public Replayer(FiberSystem system) {
        this.system = system;
    }

    /** The trace of {@code schedule}; a {@link ReplayException} with the steps before the one that cannot be taken. */
    public Trace replay(Schedule schedule) {
        long[] world = system.initial();
        List<TraceStep> steps = new ArrayList<>();
        for (Schedule.Token token : schedule.tokens()) {
            int number = steps.size() + 1;
            if (!steps.isEmpty() && endsRun(steps.get(steps.size() - 1))) {
                throw new ReplayException("step " + number + " (" + token + "): the run already ended at step "
                        + (number - 1) + " with a fatal violation; drop the steps after it", new Trace(steps, world));
            }
            Move move;
            try {
                move = pick(world, token, number);
            } catch (BadInputException e) {
                throw new ReplayException(e.getMessage(), new Trace(steps, world));
            }
            steps.add(new TraceStep(number, token.fiber(), tokenOf(move), move.site(), move.detail(),
                    move.violations()));
            world = move.target();
        }
        return new Trace(steps, world);
    }

    /** Re-runs a path given as (fiber, alternative) pairs, as the explorers record it. */
    public Trace replay(List<int[]> path) {
        long[] world = system.initial();
        List<TraceStep> steps = new ArrayList<>();
        for (int[] choice : path) {
            Move move = null;
            for (Move m : system.moves(world, choice[0], true)) {
                if (m.alternative() == choice[1]) {
                    move = m;
                }
            }
            if (move == null) {
                throw new IllegalStateException("recorded path does not replay at step " + (steps.size() + 1));
            }
            steps.add(new TraceStep(steps.size() + 1, system.fibers().get(move.fiber()).name(), tokenOf(move),
                    move.site(), move.detail(), move.violations()));
            world = move.target();
        }
        return new Trace(steps, world);
    }

    private static boolean endsRun(TraceStep step) {
        return step.violations().stream().anyMatch(Violation::fatal);
    }

    private Move pick(long[] world, Schedule.Token token, int number) {
        int fiber = system.fiberIndex(token.fiber());
        if (fiber < 0) {
            throw new BadInputException("step " + number + ": unknown fiber '" + token.fiber() + "'; this run has "
                    + fiberNames());
        }
        List<Move> moves = system.moves(world, fiber, true);
        if (moves.isEmpty()) {
            throw new BadInputException("step " + number + " (" + token + "): " + system.whyDisabled(world, fiber));
        }
        if (token.tag() == null) {
            if (moves.size() > 1) {
                throw new BadInputException("step " + number + ": " + token.fiber()
                        + " has several alternatives here; write one of " + tokens(moves));
            }
            return moves.get(0);
        }
        for (Move m : moves) {
            if (token.tag().equals(m.tag())) {
                return m;
            }
        }
        throw new BadInputException("step " + number + ": " + token + " is not possible here; " + token.fiber()
                + " can take " + tokens(moves));
    }

    private Schedule.Token tokenOf(Move m) {
        return new Schedule.Token(system.fibers().get(m.fiber()).name(), m.tag());
    }

    private String tokens(List<Move> moves) {
        StringJoiner j = new StringJoiner(", ");
        for (Move m : moves) {
            j.add(tokenOf(m).toString());
        }
        return j.toString();
    }

    private String fiberNames() {
        StringJoiner j = new StringJoiner(", ");
        for (Fiber f : system.fibers()) {
            j.add(f.name());
        }
        return j.toString();
    }
}
