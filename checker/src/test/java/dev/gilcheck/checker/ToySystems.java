package dev.gilcheck.checker;

import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Instruction;
import dev.gilcheck.checker.engine.Layout;
import dev.gilcheck.checker.engine.Program;
import dev.gilcheck.checker.engine.ProgramBuilder;
import dev.gilcheck.checker.engine.Site;
import dev.gilcheck.checker.store.Canonicalizer;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

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

    /**
     * {@code n} workers: each computes twice in its own field, then adds one to a shared total; the
     * one that brings it to {@code n} breaks "not-last" (non-fatal), so the site is reachable in every
     * order. Worker 0 names hangs; workers 1.. are interchangeable, and computing touches only the
     * worker's private fields.
     */
    static FiberSystem workers(int n) {
        Layout.Builder b = Layout.builder();
        Field total = b.field("total", n);
        FiberLocals own = FiberLocals.of(b, n, f -> "W" + f, 3, 2);
        Field[] pc = own.pc();
        Field[] local = own.local();
        Layout layout = b.build();
        List<Fiber> fibers = new java.util.ArrayList<>();
        for (int f = 0; f < n; f++) {
            int self = f;
            ProgramBuilder p = new ProgramBuilder("worker");
            p.step(site("work", "compute"), m -> m.set(local[self], m.get(local[self]) + 1));
            p.step(site("work", "compute more"), m -> m.set(local[self], m.get(local[self]) + 1));
            p.step(site("work", "publish"), m -> {
                m.set(total, m.get(total) + 1);
                if (m.get(total) == n) {
                    m.violate("not-last", false);
                }
            });
            p.end(site("work", "done"));
            fibers.add(own.fiber(f, p.build()));
        }
        return new FiberSystem(layout, fibers, layout.newWorld(), w -> false, w -> total.get(w) == n, 0)
                .withSymmetry(sortFibersFromOne(pc, local)).withPrivateFields(own.privateFields());
    }

    /**
     * A boss waits until {@code n - 1} workers have each computed twice on their own and then either
     * published or quit; one that quits leaves the boss waiting for ever: a hang at the boss's wait.
     */
    static FiberSystem bossAndWorkers(int n) {
        Layout.Builder b = Layout.builder();
        Field published = b.field("published", n);
        FiberLocals own = FiberLocals.of(b, n, f -> f == 0 ? "B" : "W" + f, 3, 2);
        Field[] pc = own.pc();
        Field[] local = own.local();
        Layout layout = b.build();
        List<Fiber> fibers = new java.util.ArrayList<>();
        ProgramBuilder boss = new ProgramBuilder("boss");
        boss.await(site("boss", "wait for every worker"), "every worker published", m -> m.get(published) == n - 1,
                m -> { });
        boss.end(site("boss", "done"));
        fibers.add(own.fiber(0, boss.build()));
        for (int f = 1; f < n; f++) {
            int self = f;
            ProgramBuilder p = new ProgramBuilder("worker");
            p.step(site("work", "compute"), m -> m.set(local[self], m.get(local[self]) + 1));
            p.step(site("work", "compute more"), m -> m.set(local[self], m.get(local[self]) + 1));
            p.choice(new Instruction(site("work", "publish"), "publish", null, null,
                            m -> m.set(published, m.get(published) + 1)),
                    new Instruction(site("work", "quit"), "quit", null, null, m -> { }));
            p.end(site("work", "done"));
            fibers.add(own.fiber(f, p.build()));
        }
        return new FiberSystem(layout, fibers, layout.newWorld(), w -> false, w -> pc[0].get(w) == 1, 0)
                .withSymmetry(sortFibersFromOne(pc, local)).withPrivateFields(own.privateFields());
    }

    /**
     * An opener sets a flag for good while {@code n - 1} workers each peek at it (a read of a shared
     * field: independent once the flag is set), pick left or right (two enabled steps), take an odd
     * step (it breaks "odd", non-fatal) and a last step on their own: each kind of step that
     * partial-order reduction must or must not take alone.
     */
    static FiberSystem peekers(int n) {
        Layout.Builder b = Layout.builder();
        Field open = b.flag("open");
        FiberLocals own = FiberLocals.of(b, n, f -> f == 0 ? "O" : "P" + f, 7, 5);
        Field[] pc = own.pc();
        Field[] local = own.local();
        Layout layout = b.build();
        List<Fiber> fibers = new java.util.ArrayList<>();
        ProgramBuilder opener = new ProgramBuilder("opener");
        opener.step(site("open", "set the flag"), m -> m.set(open, true));
        opener.end(site("open", "done"));
        fibers.add(own.fiber(0, opener.build()));
        for (int f = 1; f < n; f++) {
            int self = f;
            ProgramBuilder p = new ProgramBuilder("peeker");
            p.step(site("peek", "read the flag"), m -> m.set(local[self], m.isSet(open) ? 1 : 0));
            p.choice(new Instruction(site("peek", "left"), "left", null, null, m -> m.set(local[self], 2)),
                    new Instruction(site("peek", "right"), "right", null, null, m -> m.set(local[self], 3)));
            p.step(site("peek", "odd"), m -> {
                m.set(local[self], 4);
                m.violate("odd", false);
            });
            p.step(site("peek", "alone"), m -> m.set(local[self], 5));
            p.end(site("peek", "done"));
            fibers.add(own.fiber(f, p.build()));
        }
        return new FiberSystem(layout, fibers, layout.newWorld(), w -> false, w -> open.isSet(w), 0)
                .withPrivateFields(own.privateFields()).withMonotoneFlags(List.of(open));
    }

    /** Each fiber's name, program counter and local, named after it; a fiber's private fields are those two. */
    private record FiberLocals(String[] name, Field[] pc, Field[] local) {
        static FiberLocals of(Layout.Builder b, int n, IntFunction<String> fiberName, int maxPc, int maxLocal) {
            String[] name = new String[n];
            Field[] pc = new Field[n];
            Field[] local = new Field[n];
            for (int f = 0; f < n; f++) {
                name[f] = fiberName.apply(f);
                pc[f] = b.field(name[f] + ".pc", maxPc);
                local[f] = b.field(name[f] + ".local", maxLocal);
            }
            return new FiberLocals(name, pc, local);
        }

        /** Fiber {@code f}, running {@code program} on its program counter, under the name its fields carry. */
        Fiber fiber(int f, Program program) {
            return new Fiber(name[f], program, pc[f]);
        }

        List<List<Field>> privateFields() {
            return IntStream.range(0, pc.length).mapToObj(f -> List.of(pc[f], local[f])).toList();
        }
    }

    /** Fibers 1.. are interchangeable: the representative sorts them by program counter, then local. */
    private static Canonicalizer sortFibersFromOne(Field[] pc, Field[] local) {
        int n = pc.length;
        return new Canonicalizer() {
            @Override
            public int[] permutation(long[] world) {
                Integer[] order = new Integer[n];
                for (int f = 0; f < n; f++) {
                    order[f] = f;
                }
                java.util.Arrays.sort(order, 1, n, java.util.Comparator.<Integer>comparingInt(f -> pc[f].get(world))
                        .thenComparingInt(f -> local[f].get(world)));
                return java.util.Arrays.stream(order).mapToInt(Integer::intValue).toArray();
            }

            @Override
            public long[] permute(long[] world, int[] order) {
                long[] out = world.clone();
                for (int i = 0; i < n; i++) {
                    pc[i].set(out, pc[order[i]].get(world));
                    local[i].set(out, local[order[i]].get(world));
                }
                return out;
            }
        };
    }
}
