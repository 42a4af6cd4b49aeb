package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.Invariant;
import java.util.Collection;

/**
 * The findings a run is told to pass over, fixed before Lincheck starts: a list of them, or
 * everything but one. A plain array and a loop: hashed or immutable JDK sets inside the analysed
 * code (String hash caching, randomised iteration order) made Lincheck stop exploring after a
 * handful of invocations.
 */
public final class Silenced {
    private static final String HANG = Invariant.MAIN_THREAD_EXITS.id() + " @ ";

    private final String[] keys;
    private final boolean allBut;

    private Silenced(String[] keys, boolean allBut) {
        this.keys = keys;
        this.allBut = allBut;
    }

    public static Silenced these(Collection<String> keys) {
        return new Silenced(keys.toArray(new String[0]), false);
    }

    /** Report only {@code key}: for looking for one finding with a larger budget. */
    public static Silenced allBut(String key) {
        return new Silenced(new String[] {key}, true);
    }

    boolean contains(String key) {
        return listed(key) != allBut;
    }

    /** Whether a hang of the main thread is passed over. */
    boolean hang() {
        boolean listed = false;
        for (String k : keys) {
            listed |= k.startsWith(HANG);
        }
        return listed != allBut;
    }

    private boolean listed(String key) {
        for (String k : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
