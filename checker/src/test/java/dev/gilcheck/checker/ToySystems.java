package dev.gilcheck.checker;

import java.util.List;

/** Small systems with known answers, for testing the engine without any CPython in it. */
public final class ToySystems {
    private ToySystems() {
    }

    private static Site site(String fn, String action) {
        return new Site(fn + ": " + action, fn, "toy.c", action);
    }

    /**
     * Two fibers each increment a shared counter with a separate read and write; the last one to
     * finish checks the total. The lost update needs both reads before either write.
     */
    public static FiberSystem lostUpdate() {
        Layout.Builder b = Layout.builder();
        Field x = b.field("x", 3);
        Field[] local = {b.field("A.local", 3), b.field("B.local", 3)};
        Field[] done = {b.flag("A.done"), b.flag("B.done")};
        Field[] pc = {b.field("A.pc", 3), b.field("B.pc", 3)};
        Layout layout = b.build();
        List<Fiber> fibers = new java.util.ArrayList<>();
        for (int f = 0; f < 2; f++) {
            int self = f;
            ProgramBuilder p = new ProgramBuilder("incr");
            p.step(site("incr", "read x"), m -> m.set(local[self], m.get(x)));
            p.step(site("incr", "write x"), m -> {
                m.set(x, m.get(local[self]) + 1);
                m.set(done[self], true);
                if (m.isSet(done[1 - self]) && m.get(x) != 2) {
                    m.violate("no-lost-update", false);
                }
            });
            p.end(site("incr", "done"));
            fibers.add(new Fiber(self == 0 ? "A" : "B", p.build(), pc[f]));
        }
        return new FiberSystem(layout, fibers, layout.newWorld(), w -> false,
                w -> done[0].isSet(w) && done[1].isSet(w), 0);
    }

    /** Two fibers take two mutexes in opposite orders: the classic deadlock. */
    public static FiberSystem lockOrder() {
        Layout.Builder b = Layout.builder();
        Field[] mutex = {b.field("m1", 2), b.field("m2", 2)};
        Field[] pc = {b.field("A.pc", 7), b.field("B.pc", 7)};
        Layout layout = b.build();
        List<Fiber> fibers = new java.util.ArrayList<>();
        for (int f = 0; f < 2; f++) {
            int self = f;
            int first = f;
            int second = 1 - f;
            ProgramBuilder p = new ProgramBuilder("locker");
            p.await(site("locker", "lock m" + (first + 1)), "m" + (first + 1) + " is free",
                    m -> m.get(mutex[first]) == 0, m -> m.set(mutex[first], self + 1));
            p.await(site("locker", "lock m" + (second + 1)), "m" + (second + 1) + " is free",
                    m -> m.get(mutex[second]) == 0, m -> m.set(mutex[second], self + 1));
            p.step(site("locker", "unlock both"), m -> {
                m.set(mutex[0], 0);
                m.set(mutex[1], 0);
            });
            p.end(site("locker", "done"));
            fibers.add(new Fiber(self == 0 ? "A" : "B", p.build(), pc[f]));
        }
        return new FiberSystem(layout, fibers, layout.newWorld(), w -> false,
                w -> pc[0].get(w) == 3 && pc[1].get(w) == 3, 0);
    }

    /** One fiber with a two-way choice: a coin that lands heads (a fatal violation) or tails, then stops. */
    public static FiberSystem coin() {
        Layout.Builder b = Layout.builder();
        Field side = b.field("side", 2);
        Field pc = b.field("C.pc", 1);
        Layout layout = b.build();
        ProgramBuilder p = new ProgramBuilder("coin");
        p.choice(new Instruction(site("flip", "heads"), "heads", null, null, m -> {
                    m.set(side, 1);
                    m.violate("no-heads", true);
                }),
                new Instruction(site("flip", "tails"), "tails", null, null, m -> m.set(side, 2)));
        p.end(site("flip", "landed"));
        return new FiberSystem(layout, List.of(new Fiber("C", p.build(), pc)), layout.newWorld(), w -> false,
                w -> pc.get(w) == 1, 0);
    }
}
