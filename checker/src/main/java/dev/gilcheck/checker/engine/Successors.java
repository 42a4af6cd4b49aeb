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
 * successors.of(world, por);
 * while (successors.next()) { ... successors.fiber(), successors.target() ... }
 * if (por && successors.hadIndependentStep()) { ... that step alone ... }
 * }</pre>
 */
public final class Successors {
    private static final Instruction[] NONE = {};
    private final FiberSystem system;
    private final Fiber[] fibers;
    private final Machine plainMachine = new Machine(false);
    private final Machine footprintMachine = new Machine(false);
    private final long[] target;
    /** What the current fiber's guards and its enabled steps read and write, when steps are judged. */
    private final long[] reads;
    private final long[] writes;
    private final long[] settled;
    private final long[][] privateBits;
    /** The independent step's target, as its action wrote it (a later step overwrites {@link #target}). */
    private final long[] independentTarget;
    private Machine machine;
    private boolean judging;
    private long[] world;
    private int fiber;
    private int lastFiber;
    private int alternative;
    private int pc;
    private Instruction[] alternatives;
    private List<Violation> violations = List.of();
    /** Of the current fiber, when judged: its enabled steps so far, and whether one broke an invariant. */
    private int enabledOfFiber;
    private boolean brokeOfFiber;
    private int candidateAlternative;
    private int independentFiber;
    private int independentAlternative;

    public Successors(FiberSystem system) {
        this.system = system;
        this.fibers = system.fibers().toArray(Fiber[]::new);
        int words = system.layout().words();
        this.target = new long[words];
        this.reads = new long[words];
        this.writes = new long[words];
        this.settled = new long[words];
        this.independentTarget = new long[words];
        this.privateBits = new long[fibers.length][];
        for (int f = 0; f < fibers.length; f++) {
            privateBits[f] = system.privateBits(f);
        }
        footprintMachine.recordFootprint(reads, writes);
    }

    /** Starts on the steps of {@code world}, which must not change until they are done. */
    public void of(long[] world) {
        of(world, false);
    }

    /**
     * Starts on the steps of {@code world}, which must not change until they are done; when
     * {@code judge}, also judges each fiber's steps as they come for {@link #hadIndependentStep}, which
     * costs a footprint per field access instead of a second pass over the guards and actions.
     */
    public void of(long[] world, boolean judge) {
        this.world = world;
        judging = judge && system.declaresPrivateFields();
        machine = judging ? footprintMachine : plainMachine;
        independentFiber = -1;
        fiber = 0;
        lastFiber = system.halted(world) ? -1 : fibers.length - 1;
        alternative = -1;
        alternatives = lastFiber >= 0 ? atPc(0) : NONE;
        if (judging) {
            system.setForGood(world, settled);
            startJudging();
        }
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
                    if (judging) {
                        judgeStep();
                    }
                    return true;
                }
            }
            if (judging) {
                judgeFiber();
            }
            if (++fiber <= lastFiber) {
                alternatives = atPc(fiber);
                alternative = -1;
            }
        }
        return false;
    }

    private void startJudging() {
        Arrays.fill(reads, 0);
        Arrays.fill(writes, 0);
        enabledOfFiber = 0;
        brokeOfFiber = false;
    }

    /** Keeps the target of a step that may turn out independent, while its fiber's other guards are read. */
    private void judgeStep() {
        if (++enabledOfFiber == 1) {
            candidateAlternative = alternative;
        }
        brokeOfFiber |= !violations.isEmpty();
        if (soleStepMayBeIndependent()) {
            System.arraycopy(target, 0, independentTarget, 0, target.length);
        }
    }

    /** All the current fiber's guards are read: whether its only step is independent (see {@link #hadIndependentStep}). */
    private void judgeFiber() {
        if (soleStepMayBeIndependent()) {
            independentFiber = fiber;
            independentAlternative = candidateAlternative;
        }
        startJudging();
    }

    /**
     * Whether the current fiber, no earlier one having had an independent step, has so far one enabled
     * step, which breaks nothing and whose footprint, with the guards read so far, stays within the
     * fiber's private fields and the flags set for good.
     */
    private boolean soleStepMayBeIndependent() {
        return enabledOfFiber == 1 && !brokeOfFiber && independentFiber < 0 && fiber != system.progressFiber()
                && FiberSystem.within(writes, privateBits[fiber])
                && FiberSystem.within(reads, privateBits[fiber], settled);
    }

    /**
     * Once {@link #next} has returned false on steps started with judging: whether some fiber other
     * than the progress fiber had a step independent of every other fiber's (the only enabled step of
     * its fiber, breaking no invariant, whose guards and action write only that fiber's private fields
     * and read only those and flags already set for good: no other fiber can enable, disable or
     * observe it, nor change what it does); if so, the first such becomes the current step, its target
     * as its action wrote it.
     */
    public boolean hadIndependentStep() {
        if (independentFiber < 0) {
            return false;
        }
        fiber = independentFiber;
        alternative = independentAlternative;
        violations = List.of();
        System.arraycopy(independentTarget, 0, target, 0, target.length);
        return true;
    }

    private void apply(Machine m, Instruction ins) {
        System.arraycopy(world, 0, target, 0, target.length);
        m.reset(target, fiber, ins.site(), pc + 1);
        ins.action().run(m);
        fibers[fiber].pc().set(target, m.nextPc());
        violations = m.hasViolations() ? m.violations() : List.of();
    }

    /** Whether {@code fiber} has an enabled step in {@code world}; evaluates guards only, the current step stays. */
    public boolean canMove(long[] world, int fiber) {
        if (system.halted(world)) {
            return false;
        }
        Fiber fb = fibers[fiber];
        int at = fb.pc().get(world);
        for (Instruction ins : fb.program().alternatives(at)) {
            plainMachine.reset(world, fiber, ins.site(), at + 1);
            if (ins.enabled(plainMachine)) {
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
