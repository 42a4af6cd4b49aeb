package dev.gilcheck.model;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Program;
import dev.gilcheck.checker.memory.MemoryModel;
import dev.gilcheck.checker.parametric.ParametricSystem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The model's parametric form, for verdicts that hold for any number of daemons: the daemons are
 * the replicated threads, the main thread's loops over them visit any daemon still listed until none
 * is ({@link FreeOrder#parametric}), so its program is the same for every N. The system has the
 * daemon slots a joined world needs and OTHER; a daemon's locals are its per-thread fields, and
 * the thread pointers (gil->mutex and switch_mutex owners, last_holder, every thread's holder_tstate,
 * the main and C threads' among the shared fields) may name OTHER. An absent daemon rests at a final point with every other field clear.
 */
public final class ParametricModel {
    private static final int SLOTS = ParametricSystem.SLOTS;

    private ParametricModel() {
    }

    /** The parametric form of {@code model}, whose daemon count it ignores. */
    public static ParametricSystem of(CPythonModel model) {
        if (model.memory() != MemoryModel.SC) {
            throw new IllegalArgumentException("the any-N check runs under sequential consistency only");
        }
        Bounds b = model.bounds();
        CPythonModel sized = model.at(new Bounds(SLOTS, b.loops(), b.releases(), b.cthreads(), b.newThreads()));
        World w = new World(sized.bounds());
        FiberSystem system = sized.system(w, FreeOrder.parametric(w));
        int[] slots = new int[SLOTS];
        for (int s = 0; s < SLOTS; s++) {
            slots[s] = s + 1;
        }
        List<Field[]> locals = new ArrayList<>();
        int[] neutral = new int[w.perThread().length];
        Field[] holder = null;
        for (Field[] kind : w.perThread()) {
            Field[] replicas = Arrays.copyOfRange(kind, 1, SLOTS + 1);
            if (kind == w.pc) {
                neutral[locals.size()] = finalPoint(system.fibers().get(1).program());
            }
            if (kind == w.holder) {
                holder = replicas;
            }
            locals.add(replicas);
        }
        List<String> invariants = new ArrayList<>();
        for (Invariant i : Invariant.values()) {
            if (i != Invariant.MAIN_THREAD_EXITS) {
                invariants.add(i.id());
            }
        }
        List<Field> sharedPointers = new ArrayList<>(List.of(w.threadPointers()));
        for (int f = 0; f < w.fibers(); f++) {
            if (!w.isDaemon(f)) {
                sharedPointers.add(w.holder[f]);
            }
        }
        return new ParametricSystem(system, slots, locals, neutral, sharedPointers,
                List.<Field[]>of(holder), invariants, Invariant.MAIN_THREAD_EXITS.id());
    }

    private static int finalPoint(Program daemon) {
        for (int pc = 0; pc < daemon.size(); pc++) {
            if (daemon.isFinal(pc)) {
                return pc;
            }
        }
        throw new IllegalStateException("the daemon's program has no final point");
    }
}
