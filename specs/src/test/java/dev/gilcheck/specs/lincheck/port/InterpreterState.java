package dev.gilcheck.specs.lincheck.port;

import dev.gilcheck.model.Invariant;

/**
 * PyInterpreterState: heap memory until 3.11 made the main interpreter static. Holds the drop
 * request from 5a3a71d/3.9 on (interp->ceval) and, from 3.12, its own finalizing pointer.
 */
final class InterpreterState extends CObject {
    ThreadState finalizing;
    boolean gilDropRequest;
    boolean evalBreaker;

    InterpreterState(Process process) {
        super("the PyInterpreterState", Invariant.INTERP_USE_AFTER_FREE.id(), process);
    }

    /** interp->runtime: the pointer every pre-3.12 take_gil follows to find the GIL. */
    void readRuntime(Site site) {
        access(site);
    }

    ThreadState readFinalizing(Site site) {
        access(site);
        return finalizing;
    }
}
