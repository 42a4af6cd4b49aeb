package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Schedule;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.TraceStep;
import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.engine.Witness;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shrinks a schedule that breaks an invariant at a site to a shorter one that still does, by delta
 * debugging (Zeller's ddmin) over its tokens: split the schedule into {@code n} chunks, keep a chunk
 * or drop one whenever what is left still reproduces the violation, and refine {@code n} until no
 * single token can go. Every candidate is re-checked by the {@link Replayer}: one that does not
 * replay (a token names a fiber that cannot move there), or that does not reach the same site, is
 * rejected. Tokens name fibers, so dropping one changes what later tokens do: before the check, a
 * candidate is first walked leniently, skipping each token whose fiber cannot take that step any
 * more, and it is the walked schedule, the steps actually taken, that the replay then checks. The
 * walk is tried first without cycles: when a step comes back to a world the walk was already in,
 * the steps in between are dropped, since what follows runs the same from either visit.
 */
public final class ScheduleShrinker {
    private final FiberSystem system;
    private final Replayer replayer;
    private final String progressInvariant;

    /** @param progressInvariant the invariant under which deadlocks are reported */
    public ScheduleShrinker(FiberSystem system, String progressInvariant) {
        this.system = system;
        this.replayer = new Replayer(system);
        this.progressInvariant = progressInvariant;
    }

    /**
     * A short witness of {@code violation}, found from {@code schedule}, which must reproduce it.
     * The witness ends at the step that breaks the invariant (for a deadlock: where no move is left).
     */
    public Witness shrink(Violation violation, Schedule schedule) {
        Trace best = reproduce(schedule.tokens(), violation);
        if (best == null) {
            throw new IllegalArgumentException("the schedule does not reproduce " + violation.siteKey());
        }
        Set<List<Schedule.Token>> tried = new HashSet<>();
        int n = 2;
        while (best.length() >= 2) {
            Trace smaller = tryChunks(best.schedule().tokens(), n, violation, tried);
            if (smaller != null) {
                best = smaller;
                n = Math.max(n - 1, 2);
            } else if (n >= best.length()) {
                break;
            } else {
                n = Math.min(2 * n, best.length());
            }
        }
        return new Witness(violation, best);
    }

    /** Each chunk alone, then the schedule without each chunk: the first that reproduces, or null. */
    private Trace tryChunks(List<Schedule.Token> tokens, int n, Violation violation, Set<List<Schedule.Token>> tried) {
        List<List<Schedule.Token>> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int from = tokens.size() * i / n;
            int to = tokens.size() * (i + 1) / n;
            candidates.add(tokens.subList(from, to));
        }
        for (int i = 0; i < n; i++) {
            List<Schedule.Token> rest = new ArrayList<>(tokens.subList(0, tokens.size() * i / n));
            rest.addAll(tokens.subList(tokens.size() * (i + 1) / n, tokens.size()));
            candidates.add(rest);
        }
        for (List<Schedule.Token> c : candidates) {
            if (!c.isEmpty() && tried.add(List.copyOf(c))) {
                Trace t = reproduce(c, violation);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    /**
     * The steps {@code tokens} can still take: each token whose fiber has the named step (or, for a
     * token without a tag, exactly one step) is taken, any other is skipped; the walk stops at a
     * fatal violation.
     */
    private List<Schedule.Token> walk(List<Schedule.Token> tokens, boolean dropCycles) {
        List<Schedule.Token> taken = new ArrayList<>();
        List<WorldKey> worlds = new ArrayList<>();
        Map<WorldKey, Integer> visited = new HashMap<>();
        long[] world = system.initial();
        worlds.add(new WorldKey(world));
        visited.put(worlds.get(0), 0);
        for (Schedule.Token token : tokens) {
            Move move = stepOf(world, token);
            if (move == null) {
                continue;
            }
            taken.add(token);
            if (move.fatal()) {
                break;
            }
            world = move.target();
            WorldKey key = new WorldKey(world);
            Integer before = dropCycles ? visited.get(key) : null;
            if (before == null) {
                worlds.add(key);
                visited.put(key, taken.size());
            } else {
                worlds.subList(before + 1, worlds.size()).forEach(visited::remove);
                worlds.subList(before + 1, worlds.size()).clear();
                taken.subList(before, taken.size()).clear();
            }
        }
        return taken;
    }

    private Move stepOf(long[] world, Schedule.Token token) {
        int fiber = system.fiberIndex(token.fiber());
        List<Move> moves = fiber < 0 ? List.of() : system.moves(world, fiber, false);
        for (Move m : moves) {
            if (token.tag() == null ? moves.size() == 1 : token.tag().equals(m.tag())) {
                return m;
            }
        }
        return null;
    }

    /** The replay of a walk of {@code tokens} up to where it breaks {@code violation}, or null. */
    private Trace reproduce(List<Schedule.Token> tokens, Violation violation) {
        Trace withoutCycles = replayUpTo(walk(tokens, true), violation);
        return withoutCycles != null ? withoutCycles : replayUpTo(walk(tokens, false), violation);
    }

    private Trace replayUpTo(List<Schedule.Token> tokens, Violation violation) {
        Trace trace;
        try {
            trace = replayer.replay(new Schedule(tokens));
        } catch (BadInputException e) {
            return null;
        }
        for (TraceStep step : trace.steps()) {
            for (Violation v : step.violations()) {
                if (v.siteKey().equals(violation.siteKey())) {
                    return step.number() == trace.length() ? trace
                            : replayer.replay(new Schedule(trace.schedule().tokens().subList(0, step.number())));
                }
            }
        }
        Violation deadlock = Deadlock.in(system, trace.end(), progressInvariant);
        return deadlock != null && deadlock.siteKey().equals(violation.siteKey()) ? trace : null;
    }
}
