package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Layout;
import dev.gilcheck.checker.engine.ProgramBuilder;
import dev.gilcheck.checker.engine.Site;
import java.util.ArrayList;
import java.util.List;

/**
 * Parametric toys with known answers for every N: a main fiber that does nothing and
 * {@link ParametricSystem#SLOTS} replica slots (fibers 1..4, OTHER last). Each present replica takes
 * a lock (a shared pointer to its owner), enters (breaking "second" if another has entered before:
 * from N = 2), checks it owns the lock ("mutual-exclusion": never), unlocks, and adds one to a
 * saturating counter ("third" when it reaches 3: from N = 3).
 */
final class ParametricToys {
    static final List<String> INVARIANTS = List.of("mutual-exclusion", "second", "third");
    static final String PROGRESS = "progress";
    private static final int FINAL = 4;

    private ParametricToys() {
    }

    private static Site site(String action) {
        return new Site("replica: " + action, "replica", "toy.c", action);
    }

    /** The toy with {@code present} replicas in the first slots (the others absent: at their final point). */
    static ParametricSystem lockAndCounter(int present) {
        return build(present, false);
    }

    /**
     * The toy whose replica in slot 0 also peeks at slot 2's program counter, breaking "peek" when
     * that replica has not started: a step that depends on a replica outside any view, so the views
     * miss a site N = 3 reaches.
     */
    static ParametricSystem peeking(int present) {
        return build(present, true);
    }

    private static ParametricSystem build(int present, boolean peek) {
        int slots = ParametricSystem.SLOTS;
        Layout.Builder b = Layout.builder();
        Field owner = b.field("owner", slots + 1);
        Field entered = b.flag("entered");
        Field count = b.field("count", 3);
        Field mainPc = b.field("M.pc", 1);
        Field[] pc = new Field[slots];
        for (int s = 0; s < slots; s++) {
            pc[s] = b.field("R" + (s + 1) + ".pc", FINAL);
        }
        Layout layout = b.build();
        List<Fiber> fibers = new ArrayList<>();
        fibers.add(new Fiber("M", new ProgramBuilder("main").end(site("main ends")).build(), mainPc));
        for (int s = 0; s < slots; s++) {
            int self = s + 1;
            boolean peeks = peek && s == 0;
            ProgramBuilder p = new ProgramBuilder("replica");
            p.await(site("lock"), "the lock is free", m -> m.get(owner) == 0, m -> m.set(owner, self + 1));
            p.step(site("enter"), m -> {
                if (m.get(owner) != self + 1) {
                    m.violate("mutual-exclusion", false);
                }
                if (m.isSet(entered)) {
                    m.violate("second", false);
                }
                m.set(entered, true);
                if (peeks && m.get(pc[2]) == 0) {
                    m.violate("peek", false);
                }
            });
            p.step(site("unlock"), m -> m.set(owner, 0));
            p.step(site("count"), m -> {
                m.set(count, Math.min(m.get(count) + 1, 3));
                if (m.get(count) == 3) {
                    m.violate("third", false);
                }
            });
            p.end(site("done"));
            fibers.add(new Fiber("R" + self, p.build(), pc[s]));
        }
        long[] initial = layout.newWorld();
        for (int s = present; s < slots; s++) {
            pc[s].set(initial, FINAL);
        }
        FiberSystem system = new FiberSystem(layout, fibers, initial, w -> false, w -> allFinal(pc, w), 0);
        List<Field[]> locals = List.<Field[]>of(pc);
        return new ParametricSystem(system, new int[] {1, 2, 3, 4}, locals, new int[] {FINAL}, List.of(owner),
                List.of(), peek ? List.of("mutual-exclusion", "second", "third", "peek") : INVARIANTS, PROGRESS);
    }

    private static boolean allFinal(Field[] pc, long[] world) {
        for (Field f : pc) {
            if (f.get(world) != FINAL) {
                return false;
            }
        }
        return true;
    }
}
