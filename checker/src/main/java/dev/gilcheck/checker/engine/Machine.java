package dev.gilcheck.checker.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * What a guard or an action sees: the world being built, the fiber taking the step, and where the
 * step goes next. Actions record broken invariants with {@link #violate} and, when a trace is being
 * written, say what they did with {@link #note}.
 */
public final class Machine {
    private final boolean tracing;
    private long[] world;
    private int fiber;
    private Site site;
    private int nextPc;
    private final List<Violation> violations = new ArrayList<>();
    private final StringBuilder notes;
    private long[] reads;
    private long[] writes;

    Machine(boolean tracing) {
        this.tracing = tracing;
        this.notes = tracing ? new StringBuilder() : null;
    }

    /** From now on, records every field read and every field written, one mask per world word each. */
    void recordFootprint(long[] readBits, long[] writeBits) {
        reads = readBits;
        writes = writeBits;
    }

    void reset(long[] w, int f, Site s, int fallThrough) {
        world = w;
        fiber = f;
        site = s;
        nextPc = fallThrough;
        violations.clear();
        if (tracing) {
            notes.setLength(0);
        }
    }

    /**
     * The world itself. Fields read or written through it directly escape the footprint that
     * partial-order reduction relies on: steps should use {@link #get} and {@link #set}.
     */
    public long[] world() {
        return world;
    }

    public int fiber() {
        return fiber;
    }

    public int get(Field f) {
        touch(reads, f);
        return f.get(world);
    }

    public boolean isSet(Field f) {
        touch(reads, f);
        return f.isSet(world);
    }

    public void set(Field f, int value) {
        touch(writes, f);
        f.set(world, value);
    }

    public void set(Field f, boolean value) {
        touch(writes, f);
        f.set(world, value);
    }

    private static void touch(long[] bits, Field f) {
        if (bits != null) {
            bits[f.word()] |= f.wordMask();
        }
    }

    public void jump(Label target) {
        nextPc = target.pc();
    }

    /** Records that this step breaks {@code invariant} (once, however many of its accesses break it). */
    public void violate(String invariant, boolean fatal) {
        Violation v = new Violation(invariant, site, fatal);
        if (!violations.contains(v)) {
            violations.add(v);
        }
    }

    public boolean tracing() {
        return tracing;
    }

    /**
     * Adds to the step's description in traces; formatting is skipped when no trace is wanted. The
     * overloads for up to two arguments keep a step that narrates from allocating an argument array.
     */
    public void note(String text) {
        if (tracing) {
            append(text);
        }
    }

    public void note(String format, Object arg) {
        if (tracing) {
            append(String.format(format, arg));
        }
    }

    public void note(String format, Object first, Object second) {
        if (tracing) {
            append(String.format(format, first, second));
        }
    }

    public void note(String format, Object first, Object second, Object third) {
        if (tracing) {
            append(String.format(format, first, second, third));
        }
    }

    public void note(String format, Object... args) {
        if (tracing) {
            append(String.format(format, args));
        }
    }

    private void append(String text) {
        if (notes.length() > 0) {
            notes.append("; ");
        }
        notes.append(text);
    }

    int nextPc() {
        return nextPc;
    }

    List<Violation> violations() {
        return List.copyOf(violations);
    }

    boolean hasViolations() {
        return !violations.isEmpty();
    }

    String notes() {
        return tracing ? notes.toString() : "";
    }
}
