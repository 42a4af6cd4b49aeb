/**
 * Synchronisation objects and memory lifetimes over a packed world, with POSIX's rules as
 * violations: a {@link dev.gilcheck.checker.sync.Mutex}, a {@link dev.gilcheck.checker.sync.Cond}
 * whose waiters live in {@link dev.gilcheck.checker.sync.WaitSlots} (one small field per thread,
 * shared by every condition), the {@link dev.gilcheck.checker.sync.Destroyable} rule that using or
 * destroying an object still referenced is undefined, and {@link dev.gilcheck.checker.sync.Freeable}
 * memory whose use after free is undefined. Each object is only a view of fields the model lays
 * out, so the world stays the whole state and symmetry and fingerprints see every bit of it.
 */
package dev.gilcheck.checker.sync;
