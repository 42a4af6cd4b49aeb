package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Move;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Checks the claim the view fixpoint rests on, on every world an explicit search of the parametric
 * system reaches with a given number of replicas: a step, restricted to a subset of the replicas
 * that holds the replica taking it (any subset for the other fibers), is a step of the smaller world
 * (the world of that subset, whose other pointers name OTHER) with the same result on the subset, or
 * leaves the subset as it was.
 */
public final class RestrictionAudit {
    private final ReplicaLayout layout;
    private final FiberSystem system;

    private RestrictionAudit(ParametricSystem p) {
        this.layout = new ReplicaLayout(p);
        this.system = p.system();
    }

    /**
     * The first step found, among the worlds of {@code replicas} replicas reachable within
     * {@code maxWorlds}, whose restriction is no step of the smaller world, described; null when none.
     */
    public static String firstBreak(ParametricSystem p, int replicas, int maxWorlds) {
        return new RestrictionAudit(p).audit(replicas, maxWorlds);
    }

    private String audit(int replicas, int maxWorlds) {
        String[] broken = new String[1];
        ReplicaWorlds.each(layout.system(), replicas, maxWorlds, world -> {
            for (int f = 0; f < system.fibers().size() && broken[0] == null; f++) {
                List<Move> moves = system.moves(world, f, false);
                int actor = actor(f, replicas);
                for (int subset = 1; subset < (1 << replicas) - 1 && broken[0] == null; subset++) {
                    if ((actor & ~subset) == 0) {
                        broken[0] = check(world, f, moves, members(subset));
                    }
                }
            }
            return broken[0] == null;
        });
        return broken[0];
    }

    /** The replica {@code fiber} is, as a one-bit mask over the slots; 0 for a fiber that is no replica. */
    private int actor(int fiber, int replicas) {
        for (int s = 0; s < replicas; s++) {
            if (layout.system().slots()[s] == fiber) {
                return 1 << s;
            }
        }
        return 0;
    }

    /**
     * Null when every move of {@code fiber}, restricted to {@code members}, is a move of the restricted
     * world restricted alike, or leaves the restricted world as it was (a step on a replica outside it).
     */
    private String check(long[] world, int fiber, List<Move> moves, int[] members) {
        long[] small = layout.restrict(world, members);
        int smallFiber = fiber;
        for (int i = 0; i < members.length; i++) {
            if (layout.system().slots()[members[i]] == fiber) {
                smallFiber = layout.system().slots()[i];
            }
        }
        int[] same = IntStream.range(0, members.length).toArray();
        Set<View> allowed = new HashSet<>();
        allowed.add(new View(layout.restrict(small, same), members.length));
        for (Move m : system.moves(small, smallFiber, false)) {
            allowed.add(new View(layout.restrict(m.target(), same), members.length));
        }
        for (Move m : moves) {
            if (!allowed.contains(new View(layout.restrict(m.target(), members), members.length))) {
                return system.fibers().get(fiber).name() + "'s step " + m.site().key() + " restricted to replicas "
                        + Arrays.toString(members) + " is no step of the smaller world";
            }
        }
        return null;
    }

    private static int[] members(int subset) {
        return IntStream.range(0, 32).filter(s -> (subset & 1 << s) != 0).toArray();
    }
}
