package dev.gilcheck.checker.sync;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Machine;

/** Memory that can be freed (and allocated again): using it while freed is undefined, a fatal violation. */
public final class Freeable {
    private final Field freed;
    private final String invariant;

    /**
     * @param freed     a flag of the world, set while the memory is freed
     * @param invariant the invariant a use after free breaks
     */
    public Freeable(Field freed, String invariant) {
        this.freed = freed;
        this.invariant = invariant;
    }

    /** The calling thread touches the memory; returns whether it was freed (the step then broke the invariant). */
    public boolean use(Machine m) {
        boolean gone = m.isSet(freed);
        if (gone) {
            m.violate(invariant, true);
        }
        return gone;
    }

    public void free(Machine m) {
        m.set(freed, true);
    }

    public void allocate(Machine m) {
        m.set(freed, false);
    }
}
