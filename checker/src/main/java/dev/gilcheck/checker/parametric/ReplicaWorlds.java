package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.Move;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A plain breadth-first search of the parametric system with a fixed number of replicas (in the
 * first slots, OTHER unused): no symmetry, no reduction. The audits run on its worlds.
 */
final class ReplicaWorlds {
    private ReplicaWorlds() {
    }

    /**
     * Hands each world reachable with {@code replicas} replicas to {@code check} until it answers
     * false or {@code maxWorlds} were seen; whether every world was handed over and passed.
     */
    static boolean each(ParametricSystem p, int replicas, int maxWorlds, Predicate<long[]> check) {
        ReplicaLayout layout = new ReplicaLayout(p);
        long[] start = layout.restrict(p.system().initial(), java.util.stream.IntStream.range(0, replicas).toArray());
        Set<View> seen = new HashSet<>();
        ArrayDeque<long[]> queue = new ArrayDeque<>();
        seen.add(new View(start, replicas));
        queue.add(start);
        while (!queue.isEmpty()) {
            if (seen.size() > maxWorlds) {
                return false;
            }
            long[] world = queue.poll();
            if (!check.test(world)) {
                return false;
            }
            for (Move m : p.system().moves(world, false)) {
                if (!m.fatal() && seen.add(new View(m.target(), replicas))) {
                    queue.add(m.target());
                }
            }
        }
        return true;
    }
}
