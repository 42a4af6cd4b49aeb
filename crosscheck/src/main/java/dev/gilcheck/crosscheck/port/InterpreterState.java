package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.Invariant;

/**
 * PyInterpreterState: heap memory until 3.11 made the main interpreter static. Holds the drop
 * request from 5a3a71d/3.9 on (interp->ceval) and, from 3.12, its own finalizing pointer.
 */
final class InterpreterState extends CObject {
    private ThreadState finalizing;
    private boolean gilDropRequest;
    private boolean evalBreaker;

    InterpreterState(Process process) {
        super("the PyInterpreterState", Invariant.INTERP_USE_AFTER_FREE.id(), process);
    }

    /** interp->runtime: the pointer every pre-3.12 take_gil follows to find the GIL. */
    void readRuntime(Site site) {
        access(site);
    }

    ThreadState readFinalizing(Site site) {
        access(site);
        return ghostFinalizing();
    }

    /** 3.12's interp->_finalizing, set by Py_FinalizeEx. */
    void writeFinalizing(Site site, ThreadState ts) {
        access(site);
        ghostWriteFinalizing(ts);
        process.changed();
    }

    /** interp->ceval.eval_breaker. */
    boolean readEvalBreaker(Site site) {
        access(site);
        return ghostEvalBreaker();
    }

    /** interp->ceval.gil_drop_request. */
    boolean readDropRequest(Site site) {
        access(site);
        return ghostDropRequest();
    }

    /** SET/RESET_GIL_DROP_REQUEST on interp->ceval: the flag and the eval breaker; returns whether either changed. */
    boolean writeDropRequest(Site site, boolean value) {
        access(site);
        return ghostWriteDropRequest(value);
    }

    private ThreadState ghostFinalizing() {
        return finalizing;
    }

    private void ghostWriteFinalizing(ThreadState ts) {
        finalizing = ts;
    }

    private boolean ghostEvalBreaker() {
        return evalBreaker;
    }

    private boolean ghostDropRequest() {
        return gilDropRequest;
    }

    private boolean ghostWriteDropRequest(boolean value) {
        boolean changed = evalBreaker != value || gilDropRequest != value;
        evalBreaker = value;
        gilDropRequest = value;
        return changed;
    }
}
