package dev.gilcheck.checker.sync;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Machine;

/**
 * A synchronisation object that can be destroyed (pthread_mutex_destroy, pthread_cond_destroy).
 * Using it afterwards is undefined behaviour, and so is destroying it while a thread holds or
 * waits on it: both are fatal violations of the model's lifetime invariant.
 */
public abstract class Destroyable {
    private final String name;
    private final Field destroyed;
    private final String invariant;

    /**
     * @param destroyed a flag of the world, set once the object is destroyed
     * @param invariant the invariant a use of the destroyed object, or a destruction in use, breaks
     */
    protected Destroyable(String name, Field destroyed, String invariant) {
        this.name = name;
        this.destroyed = destroyed;
        this.invariant = invariant;
    }

    /** How the modelled code names it ({@code gil->mutex}). */
    public String name() {
        return name;
    }

    /** Whether a thread holds it or waits on it, so that destroying it now is undefined. */
    protected abstract boolean inUse(Machine m);

    /** The calling thread uses the object: undefined once it is destroyed. */
    public void use(Machine m) {
        if (m.isSet(destroyed)) {
            m.note("%s was destroyed", name);
            m.violate(invariant, true);
        }
    }

    /** Destroys the object: undefined while it is in use. */
    public void destroy(Machine m) {
        boolean busy = inUse(m);
        m.set(destroyed, true);
        m.note(busy ? "%s destroyed while a thread uses it" : "%s destroyed", name);
        if (busy) {
            m.violate(invariant, true);
        }
    }
}
