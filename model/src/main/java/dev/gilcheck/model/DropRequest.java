package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Machine;

/**
 * The "please drop the GIL" request, wherever the version keeps it (toggle drop-request-home):
 * <ul>
 * <li>runtime: {@code _PyRuntime.ceval.gil_drop_request} and {@code eval_breaker}, never freed;</li>
 * <li>interp-breaker (5a3a71d, fix 4): the request in the runtime, but SET/RESET also write
 * {@code interp->ceval.eval_breaker}, which the eval loop reads;</li>
 * <li>interp (0b1e330, 3.9 to 3.12): request and breaker both in {@code interp->ceval};</li>
 * <li>holder-tstate (gh-112175, 3.13): a bit in the eval breaker of the holder's own tstate.</li>
 * </ul>
 * The model keeps one flag for the request and the breaker: every reader reads both together.
 *
 * <p>Memory model. Up to 3.12 SET/RESET_GIL_DROP_REQUEST and COMPUTE_EVAL_BREAKER are relaxed
 * stores and every reader a relaxed load ({@code _Py_atomic_store_relaxed},
 * {@code _Py_atomic_load_relaxed}): they go through {@link World#shared}, a store buffer under
 * x86-TSO. From 3.13 the bit is set and cleared by atomic read-modify-writes
 * ({@code _Py_set_eval_breaker_bit}: {@code _Py_atomic_or_uintptr}; {@code _Py_unset_eval_breaker_bit}:
 * {@code _Py_atomic_and_uintptr}), locked instructions that drain the buffer and write memory, so
 * the bit is never buffered and its relaxed loads ({@code _Py_atomic_load_uintptr_relaxed}) read
 * memory.
 */
final class DropRequest {
    private final World w;
    private final Memory mem;
    private final DropRequestHome home;

    DropRequest(World w, Toggles t, Memory mem) {
        this.w = w;
        this.mem = mem;
        this.home = t.value(DropRequestHome.class);
    }

    boolean inHolderTstate() {
        return home == DropRequestHome.HOLDER_TSTATE;
    }

    boolean inRuntimeOnly() {
        return home == DropRequestHome.RUNTIME;
    }

    /** SET_GIL_DROP_REQUEST by a waiting thread; {@code holder} is gil->last_holder as it read it. */
    void set(Machine m, int holder) {
        if (inHolderTstate()) {
            mem.tstate(m, holder, "set the drop bit in holder_tstate->eval_breaker");
            w.shared.storeLocked(m, w.dropBit[holder], 1);
            return;
        }
        if (!inRuntimeOnly()) {
            mem.interp(m, "write interp->ceval.eval_breaker");
        }
        w.shared.store(m, w.dropRequest, true);
        m.note("gil_drop_request = 1");
    }

    /** What the GIL holder's eval loop reads in eval_breaker. */
    boolean readByHolder(Machine m) {
        if (inHolderTstate()) {
            mem.ownTstate(m, "read tstate->eval_breaker");
            return noted(m, m.isSet(w.dropBit[m.fiber()]));
        }
        if (!inRuntimeOnly()) {
            mem.interp(m, "read interp->ceval.eval_breaker");
        }
        return noted(m, w.shared.isSet(m, w.dropRequest));
    }

    /** drop_gil's FORCE_SWITCHING read, after the GIL was given away. */
    boolean readInDropGil(Machine m) {
        if (inHolderTstate()) {
            mem.ownTstate(m, "read the drop bit in tstate->eval_breaker");
            return noted(m, m.isSet(w.dropBit[m.fiber()]));
        }
        if (home == DropRequestHome.INTERP) {
            mem.interp(m, "read interp->ceval.gil_drop_request");
        }
        return noted(m, w.shared.isSet(m, w.dropRequest));
    }

    /** RESET_GIL_DROP_REQUEST (or COMPUTE_EVAL_BREAKER) by the thread that now holds, or drops, the GIL. */
    void resetOwn(Machine m) {
        if (inHolderTstate()) {
            mem.ownTstate(m, "clear the drop bit in tstate->eval_breaker");
            w.shared.storeLocked(m, w.dropBit[m.fiber()], 0);
            return;
        }
        if (!inRuntimeOnly()) {
            mem.interp(m, "write interp->ceval.eval_breaker");
        }
        w.shared.store(m, w.dropRequest, false);
        m.note("gil_drop_request = 0");
    }

    /** A thread leaving take_gil's wait loop resets the request it set (gh-96387). */
    void resetRequested(Machine m) {
        if (inHolderTstate()) {
            int holder = m.get(w.holder[m.fiber()]) - 1;
            mem.tstate(m, holder, "clear the drop bit in holder_tstate->eval_breaker");
            w.shared.storeLocked(m, w.dropBit[holder], 0);
            return;
        }
        resetOwn(m);
    }

    private static boolean noted(Machine m, boolean requested) {
        m.note(requested ? "a drop is requested" : "no drop requested");
        return requested;
    }
}
