package dev.gilcheck.checker;

/**
 * Checks a system's claim that some fields are private to one fiber, on which partial-order
 * reduction rests: explores every reachable world without reduction and records what each fiber's
 * guards and actions touch there.
 */
public final class PrivateFieldAudit {
    private PrivateFieldAudit() {
    }

    /** The first step found that touches another fiber's private field, described; null when none does. */
    public static String firstLeak(FiberSystem system, int maxStates) {
        int width = system.layout().words();
        ExactStateStore seen = new ExactStateStore(width);
        Frontier frontier = new Frontier(width);
        seen.add(system.initial());
        frontier.add(0, system.initial());
        long[] world = system.layout().newWorld();
        long[] footprint = new long[width];
        int fibers = system.fibers().size();
        while (!frontier.isEmpty() && seen.size() < maxStates) {
            frontier.poll(true, world);
            for (int f = 0; f < fibers; f++) {
                java.util.Arrays.fill(footprint, 0);
                for (Move m : system.moves(world, f, footprint)) {
                    if (!m.fatal() && seen.add(m.target()) >= 0) {
                        frontier.add(0, m.target());
                    }
                }
                for (int g = 0; g < fibers; g++) {
                    if (g != f && !FiberSystem.within(footprint, complement(system.privateBits(g)))) {
                        Fiber who = system.fibers().get(f);
                        return who.name() + " at " + who.program().siteAt(who.pc().get(world)).key()
                                + " touches a field private to " + system.fibers().get(g).name();
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
