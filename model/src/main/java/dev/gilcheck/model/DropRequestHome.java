package dev.gilcheck.model;

/** Where SET_GIL_DROP_REQUEST writes (toggle drop-request-home); see {@link DropRequest}. */
public enum DropRequestHome implements ToggleValue {
    RUNTIME, INTERP_BREAKER, INTERP, HOLDER_TSTATE
}
