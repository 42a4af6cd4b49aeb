package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Machine;

/**
 * Accesses to memory that finalization frees: a thread state or the interpreter state. An access
 * to freed memory is undefined behaviour, so it ends the run with a fatal violation.
 */
final class Memory {
    private final World w;
    private final Toggles t;

    Memory(World w, Toggles t) {
        this.w = w;
        this.t = t;
    }

    /** The calling thread touches field {@code what} of the tstate of thread {@code owner}. */
    void tstate(Machine m, int owner, String what) {
        boolean freed = w.tstates[owner].use(m);
        m.note("%s: %s PyThreadState%s", what, owner == m.fiber() ? "its own" : w.possessive(owner),
                freed ? " WAS FREED" : "");
    }

    void ownTstate(Machine m, String what) {
        tstate(m, m.fiber(), what);
    }

    /** The calling thread touches field {@code what} of the interpreter state. */
    void interp(Machine m, String what) {
        boolean freed = w.interp.use(m);
        m.note("%s: the PyInterpreterState%s", what, freed ? " WAS FREED" : "");
    }

    /** Frees thread {@code owner}'s tstate (or, when refcounted, drops one reference to it). */
    void releaseTstate(Machine m, int owner) {
        if (!t.isOn(Toggle.REFCOUNTED_TSTATE)) {
            free(m, owner);
            return;
        }
        if (w.tstates[owner].use(m)) {
            m.note("decref %s's PyThreadState: it WAS FREED", w.name(owner));
            return;
        }
        int refs = m.get(w.tstateRefs[owner]) - 1;
        m.set(w.tstateRefs[owner], refs);
        if (refs == 0) {
            w.tstates[owner].free(m);
        }
        m.note("decref %s's PyThreadState: %d reference%s left%s", w.name(owner), refs, refs == 1 ? "" : "s",
                refs == 0 ? ", freed" : "");
    }

    /** Frees thread {@code owner}'s tstate outright, whatever its reference count (free_threadstate). */
    void free(Machine m, int owner) {
        w.tstates[owner].free(m);
        m.set(w.tstateRefs[owner], 0);
        m.note("%s's PyThreadState is freed", w.name(owner));
    }
}
