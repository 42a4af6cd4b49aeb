package dev.gilcheck.crosscheck.port;

/**
 * Heap memory of the C runtime that can be freed. Every access names its site; an access after
 * free throws {@link UseAfterFree}, unless the process has already exited (then the access never
 * happened: the OS took the thread with it). The JVM never frees the object: being freed is what
 * the port records, and what every access checks.
 */
abstract class CObject {
    private final String name;
    private final String invariant;
    final Process process;
    private boolean freed;

    CObject(String name, String invariant, Process process) {
        this.name = name;
        this.invariant = invariant;
        this.process = process;
    }

    /**
     * Called for each read or write of this object, and the one switch point of that C access: the
     * value read or written goes with it, in ghost code (the subclasses' ghost* accessors), so the
     * check and the access it guards are one step, as the C access is.
     */
    final void access(Site site) {
        if (freedNow()) {
            reportFreed(site);
        }
    }

    /**
     * The switch point of an access, for a step whose invariant checks must see the state at that
     * step: the caller checks them, then reports the use after free with {@link #reportFreed}.
     */
    final boolean freedNow() {
        return freed;
    }

    final void reportFreed(Site site) {
        process.report(new UseAfterFree(invariant, site, name));
    }

    /** free(): one step, the check that it is not freed already and the mark. */
    final void free(Site site) {
        access(site);
        ghostMarkFreed();
        process.changed();
    }

    private void ghostMarkFreed() {
        freed = true;
    }
}
