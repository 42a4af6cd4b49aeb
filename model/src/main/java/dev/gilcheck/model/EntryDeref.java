package dev.gilcheck.model;

/** Where the re-acquire path reads tstate->interp (and interp->runtime) before taking the GIL (toggle entry-deref). */
public enum EntryDeref implements ToggleValue {
    NONE, RESTORE_THREAD, TAKE_GIL
}
