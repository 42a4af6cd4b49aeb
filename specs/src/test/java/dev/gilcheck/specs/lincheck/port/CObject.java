package dev.gilcheck.specs.lincheck.port;

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
     * Called before each read or write of this object: the check and the access it guards are two
     * JVM steps, but a free that lands between them has an equivalent schedule where it lands
     * before the check, so no reachable finding is lost and none is invented.
     */
    final void access(Site site) {
        if (freed) {
            process.report(new UseAfterFree(invariant, site, name));
        }
    }

    final void free(Site site) {
        access(site);
        freed = true;
        process.changed();
    }
}
