package dev.gilcheck.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.memory.MemoryModel;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The store buffers' bound does not cut runs off at the default bounds: in no reachable world of
 * any strategy under x86-TSO does a thread have a second store waiting, so a full buffer never
 * forces a flush. Some world of an older strategy does have one store waiting: TSO is exercised.
 */
class StoreBufferBoundTest {

    @Test
    void noThreadEverHasTwoStoresWaiting() {
        for (Strategy s : Strategy.values()) {
            FiberSystem system = new CPythonModel(s, Bounds.DEFAULT).under(MemoryModel.TSO).system();
            List<Field> first = slots(system, "[0] cell");
            List<Field> second = slots(system, "[1] cell");
            boolean buffered = false;
            Set<List<Long>> seen = new HashSet<>();
            Deque<long[]> queue = new ArrayDeque<>(List.of(system.initial()));
            while (!queue.isEmpty()) {
                long[] world = queue.poll();
                if (!seen.add(Arrays.stream(world).boxed().toList())) {
                    continue;
                }
                for (Field f : second) {
                    assertFalse(f.isSet(world), s.id() + ": " + f.name() + " holds a store");
                }
                buffered |= first.stream().anyMatch(f -> f.isSet(world));
                for (Move m : system.moves(world, false)) {
                    if (!m.fatal()) {
                        queue.add(m.target());
                    }
                }
            }
            if (s == Strategy.PY39) {
                assertTrue(buffered, "py39 leaves a store in a buffer past its step");
            }
        }
    }

    private static List<Field> slots(FiberSystem system, String suffix) {
        List<Field> out = system.layout().fields().stream().filter(f -> f.name().endsWith(".store buffer" + suffix)).toList();
        assertFalse(out.isEmpty(), "no store buffer slots named *" + suffix);
        return out;
    }
}
