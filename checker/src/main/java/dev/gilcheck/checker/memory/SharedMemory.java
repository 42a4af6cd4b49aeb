package dev.gilcheck.checker.memory;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Machine;

/**
 * How a step reads and writes a cell declared relaxed: straight to memory under sequential
 * consistency ({@link #SEQUENTIAL}), through the calling fiber's store buffer under x86-TSO
 * ({@link StoreBuffers}).
 */
public interface SharedMemory extends Fence {
    /** Sequential consistency: every access goes to memory at once, a fence has nothing to drain. */
    SharedMemory SEQUENTIAL = new SharedMemory() {
        @Override
        public int load(Machine m, Field cell) {
            return m.get(cell);
        }

        @Override
        public void store(Machine m, Field cell, int value) {
            m.set(cell, value);
        }

        @Override
        public void storeLocked(Machine m, Field cell, int value) {
            m.set(cell, value);
        }

        @Override
        public void drain(Machine m) {
        }
    };

    /** A relaxed load by the calling fiber. */
    int load(Machine m, Field cell);

    /** A relaxed store by the calling fiber. */
    void store(Machine m, Field cell, int value);

    /** The write of a locked instruction (an atomic read-modify-write): a fence, then the write to memory. */
    void storeLocked(Machine m, Field cell, int value);

    /** {@link #load} of a flag. */
    default boolean isSet(Machine m, Field cell) {
        return load(m, cell) != 0;
    }

    /** {@link #store} of a flag. */
    default void store(Machine m, Field cell, boolean value) {
        store(m, cell, value ? 1 : 0);
    }
}
