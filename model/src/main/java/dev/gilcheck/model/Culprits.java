package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Blame;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Trace;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The step that did the harm in a witness: the free of the thread or interpreter state that a
 * later access touches, the destroy of a mutex, the setting of finalizing that bytecode then runs
 * after, or another thread's taking of the GIL. The suspects are the {@link World} fields that
 * record such lifetimes: frees, destroys, finalizing, shutting down, holding the GIL.
 */
public final class Culprits {
    private Culprits() {
    }

    /** The causes of the violation ending {@code trace}, a run of {@code system}, a model at {@code bounds}. */
    public static List<Blame.Cause> of(Bounds bounds, FiberSystem system, Trace trace) {
        return Blame.of(system, trace, suspects(new World(bounds)));
    }

    /** The lifetime fields of {@code w}, in layout order. */
    static List<Field> suspects(World w) {
        List<Field> out = new ArrayList<>(List.of(w.finalizing, w.interpFinalizing, w.interpFreed, w.condDestroyed,
                w.mutexDestroyed, w.switchCondDestroyed, w.switchMutexDestroyed, w.gilDestroyed));
        for (int f = 0; f < w.fibers(); f++) {
            out.addAll(List.of(w.tstateFreed[f], w.shuttingDown[f], w.holdsGil[f]));
        }
        out.sort(Comparator.comparingInt(Field::word).thenComparingInt(Field::shift));
        return out;
    }
}
