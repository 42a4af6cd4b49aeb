package dev.gilcheck.model;

/** How the main thread releases the GIL for good in PyInterpreterState_Delete (toggle final-release). */
public enum FinalRelease implements ToggleValue {
    NONE, NULL_TSTATE, OWN_TSTATE
}
