package dev.gilcheck.checker.random;

import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Layout;
import dev.gilcheck.checker.engine.ProgramBuilder;
import dev.gilcheck.checker.engine.Site;
import java.util.List;

/** Small systems for the random explorers: a check-then-use window with padding, and a spin loop. */
final class RandomToys {
    private RandomToys() {
    }

    private static Site site(String fn, String action) {
        return new Site(fn + ": " + action, fn, "toy.c", action);
    }

    /**
     * A worker checks that a resource is open, does {@code work} steps, then uses it; a closer does
     * {@code work} steps, then closes and frees it; a bystander does {@code idle} steps that touch
     * nothing. The use after free needs the whole of the closer between the worker's check and its
     * use: every step of those two, and none of the bystander's.
     */
    static FiberSystem checkThenUse(int work, int idle) {
        Layout.Builder b = Layout.builder();
        Field closed = b.flag("closed");
        Field[] pc = {b.field("W.pc", work + 4), b.field("C.pc", work + 2), b.field("B.pc", idle + 1)};
        Layout layout = b.build();
        ProgramBuilder w = new ProgramBuilder("worker");
        Label exit = w.label("exit");
        w.step(site("worker", "check closed"), m -> {
            if (m.isSet(closed)) {
                m.jump(exit);
            }
        });
        for (int i = 0; i < work; i++) {
            w.step(site("worker", "work " + (i + 1)), m -> { });
        }
        w.step(site("worker", "use the resource"), m -> {
            if (m.isSet(closed)) {
                m.violate("no-use-after-free", true);
            }
        });
        w.end(site("worker", "done"));
        w.place(exit).end(site("worker", "saw it closed"));
        ProgramBuilder c = new ProgramBuilder("closer");
        for (int i = 0; i < work; i++) {
            c.step(site("closer", "prepare " + (i + 1)), m -> { });
        }
        c.step(site("closer", "close and free"), m -> m.set(closed, true));
        c.end(site("closer", "done"));
        ProgramBuilder by = new ProgramBuilder("bystander");
        for (int i = 0; i < idle; i++) {
            by.step(site("bystander", "idle " + (i + 1)), m -> { });
        }
        by.end(site("bystander", "done"));
        List<Fiber> fibers = List.of(new Fiber("W", w.build(), pc[0]), new Fiber("C", c.build(), pc[1]),
                new Fiber("B", by.build(), pc[2]));
        return new FiberSystem(layout, fibers, layout.newWorld(), world -> false,
                world -> fibers.stream().allMatch(f -> f.program().isFinal(f.pc().get(world))), 0);
    }

    /** A fiber spins until another has taken its one step: every spin returns to the same world. */
    static FiberSystem spinUntilDone() {
        Layout.Builder b = Layout.builder();
        Field done = b.flag("done");
        Field[] pc = {b.field("S.pc", 1), b.field("Q.pc", 1)};
        Layout layout = b.build();
        ProgramBuilder s = new ProgramBuilder("spinner");
        Label spin = s.label("spin");
        s.place(spin).step(site("spinner", "wait for done"), m -> {
            if (!m.isSet(done)) {
                m.jump(spin);
            }
        });
        s.end(site("spinner", "done"));
        ProgramBuilder q = new ProgramBuilder("finisher");
        q.step(site("finisher", "set done"), m -> m.set(done, true));
        q.end(site("finisher", "done"));
        return new FiberSystem(layout, List.of(new Fiber("S", s.build(), pc[0]), new Fiber("Q", q.build(), pc[1])),
                layout.newWorld(), world -> false, world -> pc[0].get(world) == 1 && pc[1].get(world) == 1, 0);
    }
}
