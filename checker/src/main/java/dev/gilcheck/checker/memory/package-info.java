/**
 * Memory models weaker than sequential consistency: {@link dev.gilcheck.checker.memory.StoreBuffers}
 * gives a model's relaxed cells x86-TSO's per-fiber FIFO store buffers, and a
 * {@link dev.gilcheck.checker.memory.Fence} is what a locked instruction does to them.
 * {@link dev.gilcheck.checker.memory.MemoryModel} names the model a verdict holds under.
 */
package dev.gilcheck.checker.memory;
