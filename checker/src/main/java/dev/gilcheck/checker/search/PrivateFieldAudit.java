package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.store.ExactStateStore;
import java.util.Arrays;

/**
 * Checks what a system claims for partial-order reduction, on every reachable world, without
 * reduction: no fiber's guard or action touches a field private to another fiber, and no step clears
 * a flag declared set for good.
 */
public final class PrivateFieldAudit {
    private PrivateFieldAudit() {
    }

    /** The first step found that breaks a claim, described; null when none does. */
    public static String firstLeak(FiberSystem system, int maxStates) {
        int width = system.layout().words();
        ExactStateStore seen = new ExactStateStore(width);
        Frontier frontier = new Frontier(width);
        seen.add(system.initial());
        frontier.add(0, system.initial());
        long[] world = system.layout().newWorld();
        long[] reads = new long[width];
        long[] writes = new long[width];
        int fibers = system.fibers().size();
        while (!frontier.isEmpty() && seen.size() < maxStates) {
            frontier.poll(true, world);
            for (int f = 0; f < fibers; f++) {
                Arrays.fill(reads, 0);
                Arrays.fill(writes, 0);
                Fiber who = system.fibers().get(f);
                String where = who.name() + " at " + who.program().siteAt(who.pc().get(world)).key();
                for (Move m : system.moves(world, f, reads, writes)) {
                    for (Field flag : system.monotoneFlags()) {
                        if (flag.isSet(world) && !flag.isSet(m.target())) {
                            return where + " clears " + flag.name() + ", declared set for good";
                        }
                    }
                    if (!m.fatal() && seen.add(m.target()) >= 0) {
                        frontier.add(0, m.target());
                    }
                }
                for (int g = 0; g < fibers; g++) {
                    long[] others = complement(system.privateBits(g));
                    if (g != f && !(FiberSystem.within(reads, others) && FiberSystem.within(writes, others))) {
                        return where + " touches a field private to " + system.fibers().get(g).name();
                    }
                }
            }
        }
        return null;
    }

    private static long[] complement(long[] bits) {
        long[] out = new long[bits.length];
        for (int k = 0; k < bits.length; k++) {
            out[k] = ~bits[k];
        }
        return out;
    }
}
