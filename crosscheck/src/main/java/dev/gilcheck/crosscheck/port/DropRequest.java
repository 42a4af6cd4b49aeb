package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.DropRequestHome;

/**
 * SET_GIL_DROP_REQUEST / RESET_GIL_DROP_REQUEST and the reads of the request, wherever the build
 * keeps it: runtime globals (to 2020); runtime flag plus interp->ceval.eval_breaker (5a3a71d, fix
 * 4); interp->ceval (3.9); a bit in the GIL holder's own tstate->eval_breaker (3.13, gh-112175).
 * The home decides which memory each of these touches, hence which can touch freed memory.
 */
final class DropRequest {
    private final DropRequestHome home;
    private final boolean resetViaTstate;
    private final PyRuntime runtime;
    private final InterpreterState interp;
    private final Process process;

    DropRequest(Build build, PyRuntime runtime, InterpreterState interp, Process process) {
        this.home = build.dropRequestHome();
        this.resetViaTstate = build.dropResetViaTstate();
        this.runtime = runtime;
        this.interp = interp;
        this.process = process;
    }

    /** A waiter in take_gil asks the holder to drop the GIL (gil->mutex held). */
    void set(ThreadState holder) {
        write(holder, interp, Site.SET_DROP_REQUEST, true);
    }

    /** take_gil, the GIL just taken: clear the request (gil->mutex held). */
    void resetOnceTaken(ThreadState self) {
        write(self, interp, Site.RESET_DROP_REQUEST, false);
    }

    /** gh-96387: a waiter leaving to exit takes back the request it made (no lock held). */
    void resetOnExit(ThreadState holder) {
        write(holder, interp, Site.WAIT_EXIT_RESET, false);
    }

    /** drop_gil's FORCE_SWITCHING reset, under switch_mutex, before waiting for the switch. */
    void resetBeforeSwitchWait(ThreadState self) {
        InterpreterState target = home == DropRequestHome.INTERP && resetViaTstate
                ? self.readInterp(Site.DROP_RESET_READ_TSTATE_INTERP) : interp;
        write(self, target, Site.DROP_RESET, false);
    }

    /**
     * The eval loop, between two instructions: does anyone want the GIL? (Enum tests by identity,
     * not switch: a switch on an enum reads a synthetic array, a switch point for Lincheck.)
     */
    boolean evalBreakerSet(ThreadState self, Site site) {
        if (home == DropRequestHome.RUNTIME) {
            return runtime.gilDropRequest;
        }
        if (home == DropRequestHome.HOLDER_TSTATE) {
            return self.readDropBit(site);
        }
        if (!interp.readEvalBreaker(site)) {
            return false;
        }
        return home == DropRequestHome.INTERP ? interp.readDropRequest(site) : runtime.gilDropRequest;
    }

    /** drop_gil's FORCE_SWITCHING test, made after the GIL was released. */
    boolean setAfterRelease(ThreadState self) {
        if (home == DropRequestHome.INTERP) {
            return interp.readDropRequest(Site.DROP_READ_REQUEST);
        }
        if (home == DropRequestHome.HOLDER_TSTATE) {
            return self.readDropBit(Site.DROP_READ_REQUEST);
        }
        return runtime.gilDropRequest;
    }

    /**
     * One SET or RESET: the runtime flag (runtime, fix 4), interp->ceval's flag and eval breaker
     * (fix 4 writes the breaker only), or the tstate's bit. Only a RESET that changes something
     * counts as a change for the timed waiters: no take_gil wait loop reads the request, so after a
     * SET a waiter's next timeout would repeat its last one exactly (the request it sets is set
     * already), while after a RESET it sets the request again.
     */
    private void write(ThreadState ts, InterpreterState in, Site site, boolean value) {
        boolean changed = false;
        if (home == DropRequestHome.RUNTIME || home == DropRequestHome.INTERP_BREAKER) {
            changed = ghostRuntimeFlagDiffers(value);
            runtime.gilDropRequest = value;
        }
        if (home == DropRequestHome.INTERP_BREAKER || home == DropRequestHome.INTERP) {
            changed |= in.writeDropRequest(site, value);
        }
        if (home == DropRequestHome.HOLDER_TSTATE) {
            changed = ts.writeDropBit(site, value);
        }
        if (changed && !value) {
            process.changed();
        }
    }

    private boolean ghostRuntimeFlagDiffers(boolean value) {
        return runtime.gilDropRequest != value;
    }
}
