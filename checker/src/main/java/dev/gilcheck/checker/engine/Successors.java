package dev.gilcheck.checker.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The enabled steps of a world, one at a time, without garbage: each step's target is written into
 * one buffer that the next step overwrites, so a search copies a target only when it keeps it (the
 * stores copy new worlds). Steps come in the order of {@link FiberSystem#moves}. One instance per
 * thread: it keeps its buffers between worlds.
 *
 * <pre>{@code
 * successors.of(world);
 * while (successors.next()) { ... successors.fiber(), successors.target() ... }
 * }</pre>
 */
public final class Successors {
    private static final Instruction[] NONE = {};
    private final FiberSystem system;
    private final Fiber[] fibers;
    private final Machine machine = new Machine(false);
    private final Machine footprintMachine = new Machine(false);
    private final long[] target;
    private final long[] reads;
    private final long[] writes;
    private final long[] settled;
    private final long[][] privateBits;
    private long[] world;
    private int fiber;
    private int lastFiber;
    private int alternative;
    private int pc;
    private Instruction[] alternatives;
    private List<Violation> violations = List.of();

    public Successors(FiberSystem system) {
        this.system = system;
        this.fibers = system.fibers().toArray(Fiber[]::new);
        int words = system.layout().words();
        this.target = new long[words];
        this.reads = new long[words];
        this.writes = new long[words];
        this.settled = new long[words];
        this.privateBits = new long[fibers.length][];
        for (int f = 0; f < fibers.length; f++) {
            privateBits[f] = system.privateBits(f);
        }
        footprintMachine.recordFootprint(reads, writes);
    }

    /** Starts on the steps of {@code world}, which must not change until they are done. */
    public void of(long[] world) {
        this.world = world;
        fiber = 0;
        lastFiber = system.halted(world) ? -1 : fibers.length - 1;
        alternative = -1;
        alternatives = lastFiber >= 0 ? atPc(0) : NONE;
    }

    private Instruction[] atPc(int f) {
        Fiber fb = fibers[f];
        pc = fb.pc().get(world);
        return fb.program().alternatives(pc);
    }

    /** Moves to the next enabled step, writing its target; false when there is none left. */
    public boolean next() {
        while (fiber <= lastFiber) {
            while (++alternative < alternatives.length) {
                Instruction ins = alternatives[alternative];
                machine.reset(world, fiber, ins.site(), pc + 1);
                if (ins.enabled(machine)) {
                    apply(machine, ins);
                    return true;
                }
            }
            if (++fiber <= lastFiber) {
                alternatives = atPc(fiber);
                alternative = -1;
            }
        }
        return false;
    }

    private void apply(Machine m, Instruction ins) {
        System.arraycopy(world, 0, target, 0, target.length);
        m.reset(target, fiber, ins.site(), pc + 1);
        ins.action().run(m);
        fibers[fiber].pc().set(target, m.nextPc());
        violations = m.hasViolations() ? m.violations() : List.of();
    }

    /**
     * Whether some fiber other than the progress fiber has a step independent of every other fiber's
     * (the only enabled step of its fiber, breaking no invariant, whose guards and action write only
     * that fiber's private fields and read only those and flags already set for good: no other fiber
     * can enable, disable or observe it, nor change what it does); if so, it becomes the current step.
     */
    public boolean independent(long[] world) {
        if (!system.declaresPrivateFields() || system.halted(world)) {
            return false;
        }
        this.world = world;
        system.setForGood(world, settled);
        for (int f = 0; f < fibers.length; f++) {
            if (f != system.progressFiber() && independentStepOf(f)) {
                return true;
            }
        }
        return false;
    }

    private boolean independentStepOf(int f) {
        fiber = f;
        Instruction[] alts = atPc(f);
        Arrays.fill(reads, 0);
        Arrays.fill(writes, 0);
        int enabled = -1;
        for (int a = 0; a < alts.length; a++) {
            Instruction ins = alts[a];
            footprintMachine.reset(world, f, ins.site(), pc + 1);
            if (!ins.enabled(footprintMachine)) {
                continue;
            }
            if (enabled >= 0) {
                return false;
            }
            enabled = a;
            apply(footprintMachine, ins);
            if (!violations.isEmpty()) {
                return false;
            }
        }
        alternative = enabled;
        return enabled >= 0 && FiberSystem.within(writes, privateBits[f])
                && FiberSystem.within(reads, privateBits[f], settled);
    }

    /** Whether {@code fiber} has an enabled step in {@code world}; evaluates guards only, the current step stays. */
    public boolean canMove(long[] world, int fiber) {
        if (system.halted(world)) {
            return false;
        }
        Fiber fb = fibers[fiber];
        int at = fb.pc().get(world);
        for (Instruction ins : fb.program().alternatives(at)) {
            machine.reset(world, fiber, ins.site(), at + 1);
            if (ins.enabled(machine)) {
                return true;
            }
        }
        return false;
    }

    public int fiber() {
        return fiber;
    }

    public int alternative() {
        return alternative;
    }

    /** The current step's target; overwritten by the next step. */
    public long[] target() {
        return target;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Whether the current step breaks an invariant that ends the run. */
    public boolean fatal() {
        return Violation.anyFatal(violations);
    }
}
