package dev.gilcheck.model;

import dev.gilcheck.checker.Blame;
import dev.gilcheck.checker.Field;
import dev.gilcheck.checker.FiberSystem;
import dev.gilcheck.checker.Trace;
import java.util.List;

/**
 * The step that did the harm in a witness: the free of the thread or interpreter state that a
 * later access touches, the destroy of a mutex, the setting of finalizing that bytecode then runs
 * after, or another thread's taking of the GIL. The suspects are the {@link World} fields that
 * record such lifetimes, picked by the names World gives them.
 */
public final class Culprits {
    private Culprits() {
    }

    public static List<Blame.Cause> of(FiberSystem system, Trace trace) {
        return Blame.of(system, trace, suspects(system));
    }

    static List<Field> suspects(FiberSystem system) {
        return system.layout().fields().stream().filter(f -> isLifetime(f.name())).toList();
    }

    private static boolean isLifetime(String name) {
        return name.endsWith(" freed") || name.contains("destroyed") || name.endsWith("._finalizing")
                || name.endsWith("->_finalizing") || name.endsWith("shutting down") || name.endsWith("holds the GIL");
    }
}
