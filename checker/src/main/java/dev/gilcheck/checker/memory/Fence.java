package dev.gilcheck.checker.memory;

import dev.gilcheck.checker.engine.Machine;

/**
 * What a locked instruction does to the calling fiber's pending stores: under x86-TSO it drains
 * them to memory ({@link StoreBuffers#drain}); under sequential consistency there are none.
 */
@FunctionalInterface
public interface Fence {
    /** No store is ever pending: sequential consistency. */
    Fence NONE = m -> { };

    void drain(Machine m);
}
