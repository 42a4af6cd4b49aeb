package dev.gilcheck.reproduce;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the gdb script stops a real thread so that its next modelled step has not happened yet: a
 * breakpoint, the entry of (or the return from) a call from a given function, the instruction that
 * reads a field of the thread's own PyThreadState, the main thread's free() of a thread state or of
 * the interpreter, or a blocking wait the thread is parked in. {@code count} says which occurrence.
 *
 * @param kind  break, call, return, access, free, park, or cannot (no way to stop there)
 * @param args  the kind's arguments, as the gdb script reads them
 * @param label what the stop is, for people
 * @param count the occurrence of the event, from 1
 */
public record Probe(String kind, Map<String, Object> args, String label, int count) {

    public Probe {
        args = Map.copyOf(args);
    }

    static Probe breakAt(String spec, String label) {
        return new Probe("break", Map.of("spec", spec), label, 1);
    }

    static Probe call(String callee, String caller) {
        return new Probe("call", Map.of("callee", callee, "caller", caller), "the call of " + callee + " in " + caller, 1);
    }

    static Probe returnFrom(String callee, String caller) {
        return new Probe("return", Map.of("callee", callee, "caller", caller),
                "the return from " + callee + " in " + caller, 1);
    }

    static Probe access(String function, String field, int skip) {
        return new Probe("access", Map.of("function", function, "field", field, "skip", skip),
                (skip == 0 ? "the read of tstate->" : "just after the read of tstate->") + field + " in " + function, 1);
    }

    static Probe free(String owner) {
        return new Probe("free", Map.of("owner", owner), "free() of " + (owner.equals("interp") ? "the interpreter"
                : owner + "'s PyThreadState"), 1);
    }

    static Probe park(String function) {
        return new Probe("park", Map.of("function", function), "blocked in " + function + "'s wait", 1);
    }

    static Probe cannot(String what) {
        return new Probe("cannot", Map.of(), what, 1);
    }

    Probe times(int n) {
        return new Probe(kind, args, label, n);
    }

    /** Whether the two stop at the same kind of event (occurrences aside). */
    boolean sameEvent(Probe other) {
        return kind.equals(other.kind) && args.equals(other.args);
    }

    /** The probe as the gdb script reads it. */
    Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>(new java.util.TreeMap<>(args));
        m.put("kind", kind);
        m.put("label", label);
        m.put("count", count);
        return m;
    }
}
