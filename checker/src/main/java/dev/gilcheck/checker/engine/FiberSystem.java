package dev.gilcheck.checker.engine;

import dev.gilcheck.checker.store.Canonicalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A closed system of fibers over one packed world. A world's successors are the enabled
 * instructions at each fiber's program counter, in fiber order then alternative order, so every
 * exploration of the same system is deterministic.
 */
public final class FiberSystem {
    private final Layout layout;
    private final List<Fiber> fibers;
    private final long[] initial;
    private final Predicate<long[]> halted;
    private final Predicate<long[]> goal;
    private final int progressFiber;
    private final Canonicalizer symmetry;
    private final long[][] privateBits;
    private final List<Field> monotoneFlags;
    /** The monotone flags' bits, one mask per world word. */
    private final long[] monotoneBits;
    /** Per fiber and program point: whether its next step may block. */
    private final boolean[][] mayBlockAt;

    /**
     * @param halted        worlds in which no fiber runs any more (the process is gone)
     * @param goal          worlds that count as the run having ended well, for the progress check
     * @param progressFiber the fiber whose position names a hang when the goal becomes unreachable
     */
    public FiberSystem(Layout layout, List<Fiber> fibers, long[] initial, Predicate<long[]> halted,
                       Predicate<long[]> goal, int progressFiber) {
        this(layout, fibers, initial, halted, goal, progressFiber, null, null, List.of());
    }

    private FiberSystem(Layout layout, List<Fiber> fibers, long[] initial, Predicate<long[]> halted,
                        Predicate<long[]> goal, int progressFiber, Canonicalizer symmetry, long[][] privateBits,
                        List<Field> monotoneFlags) {
        this.layout = layout;
        this.fibers = List.copyOf(fibers);
        this.initial = initial.clone();
        this.halted = halted;
        this.goal = goal;
        this.progressFiber = progressFiber;
        this.symmetry = symmetry;
        this.privateBits = privateBits;
        this.monotoneFlags = List.copyOf(monotoneFlags);
        this.monotoneBits = new long[layout.words()];
        for (Field flag : monotoneFlags) {
            monotoneBits[flag.word()] |= flag.wordMask();
        }
        this.mayBlockAt = new boolean[this.fibers.size()][];
        for (int f = 0; f < mayBlockAt.length; f++) {
            Program program = this.fibers.get(f).program();
            mayBlockAt[f] = new boolean[program.size()];
            for (int pc = 0; pc < program.size(); pc++) {
                mayBlockAt[f][pc] = program.isFinal(pc) || program.at(pc).stream().anyMatch(Instruction::blocks);
            }
        }
    }

    /** The same system, started from {@code world} instead of its initial world. */
    public FiberSystem startingAt(long[] world) {
        return new FiberSystem(layout, fibers, world, halted, goal, progressFiber, symmetry, privateBits, monotoneFlags);
    }

    /** The same system, with the model's symmetry, which symmetry-reduced searches use. */
    public FiberSystem withSymmetry(Canonicalizer canonicalizer) {
        return new FiberSystem(layout, fibers, initial, halted, goal, progressFiber, canonicalizer, privateBits, monotoneFlags);
    }

    /**
     * The same system, knowing which fields are private to each fiber: no other fiber ever reads or
     * writes them (a fiber's locals). Partial-order reduction treats a step that touches nothing else
     * as independent of every other fiber's steps; {@link Footprints} checks the claim.
     */
    public FiberSystem withPrivateFields(List<List<Field>> perFiber) {
        long[][] bits = new long[fibers.size()][layout.words()];
        for (int f = 0; f < perFiber.size(); f++) {
            for (Field field : perFiber.get(f)) {
                bits[f][field.word()] |= field.wordMask();
            }
        }
        return new FiberSystem(layout, fibers, initial, halted, goal, progressFiber, symmetry, bits, monotoneFlags);
    }

    /**
     * The same system, knowing flags that, once set, are never cleared (a flag set for good, such as
     * "finalizing"). Once set, reading one is independent of every step: partial-order reduction
     * counts such a read as private. {@link PrivateFieldAudit} checks the claim.
     */
    public FiberSystem withMonotoneFlags(List<Field> flags) {
        for (Field f : flags) {
            if (f.max() != 1) {
                throw new IllegalArgumentException(f.name() + " is not a flag");
            }
        }
        return new FiberSystem(layout, fibers, initial, halted, goal, progressFiber, symmetry, privateBits, flags);
    }

    public List<Field> monotoneFlags() {
        return monotoneFlags;
    }

    /** Of {@code world}, the monotone flags that are set, one mask per word, into {@code into}. */
    void setForGood(long[] world, long[] into) {
        for (int k = 0; k < into.length; k++) {
            into[k] = world[k] & monotoneBits[k];
        }
    }

    /** The model's symmetry, or null when it declared none. */
    public Canonicalizer symmetry() {
        return symmetry;
    }

    /** The fields private to {@code fiber}, one mask per world word; all zero when none were declared. */
    public long[] privateBits(int fiber) {
        return privateBits == null ? new long[layout.words()] : privateBits[fiber];
    }

    public boolean declaresPrivateFields() {
        return privateBits != null;
    }

    public Layout layout() {
        return layout;
    }

    public List<Fiber> fibers() {
        return fibers;
    }

    public long[] initial() {
        return initial.clone();
    }

    public boolean isGoal(long[] world) {
        return goal.test(world);
    }

    public int fiberIndex(String name) {
        for (int i = 0; i < fibers.size(); i++) {
            if (fibers.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The enabled steps of {@code world}; {@code tracing} asks each step to describe itself. */
    public List<Move> moves(long[] world, boolean tracing) {
        List<Move> out = new ArrayList<>();
        if (halted.test(world)) {
            return out;
        }
        Machine m = new Machine(tracing);
        for (int f = 0; f < fibers.size(); f++) {
            collect(world, f, m, out);
        }
        return out;
    }

    /** The enabled steps of one fiber. */
    public List<Move> moves(long[] world, int fiber, boolean tracing) {
        List<Move> out = new ArrayList<>();
        if (!halted.test(world)) {
            collect(world, fiber, new Machine(tracing), out);
        }
        return out;
    }

    /** Whether every bit of {@code footprint} is in {@code allowed} or in {@code alsoAllowed}. */
    public static boolean within(long[] footprint, long[] allowed, long[] alsoAllowed) {
        for (int k = 0; k < footprint.length; k++) {
            if ((footprint[k] & ~(allowed[k] | alsoAllowed[k])) != 0) {
                return false;
            }
        }
        return true;
    }

    public static boolean within(long[] footprint, long[] allowed) {
        for (int k = 0; k < footprint.length; k++) {
            if ((footprint[k] & ~allowed[k]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The enabled steps of {@code fiber}, recording every field its guards and actions read and write. */
    public List<Move> moves(long[] world, int fiber, long[] reads, long[] writes) {
        List<Move> out = new ArrayList<>();
        if (!halted.test(world)) {
            Machine m = new Machine(false);
            m.recordFootprint(reads, writes);
            collect(world, fiber, m, out);
        }
        return out;
    }

    private void collect(long[] world, int f, Machine m, List<Move> out) {
        Fiber fiber = fibers.get(f);
        int pc = fiber.pc().get(world);
        List<Instruction> alts = fiber.program().at(pc);
        for (int a = 0; a < alts.size(); a++) {
            Instruction ins = alts.get(a);
            m.reset(world, f, ins.site(), pc + 1);
            if (!ins.enabled(m)) {
                continue;
            }
            long[] next = world.clone();
            m.reset(next, f, ins.site(), pc + 1);
            ins.action().run(m);
            fiber.pc().set(next, m.nextPc());
            out.add(new Move(f, a, ins.tag(), ins.site(), m.notes(),
                    next, m.hasViolations() ? m.violations() : List.of()));
        }
    }

    public boolean halted(long[] world) {
        return halted.test(world);
    }

    /** Why {@code fiber} cannot step in {@code world}: finished, or what its next step waits for. */
    public String whyDisabled(long[] world, int fiber) {
        Fiber fb = fibers.get(fiber);
        int pc = fb.pc().get(world);
        if (halted.test(world)) {
            return "the process has exited: no thread runs any more";
        }
        if (fb.program().isFinal(pc)) {
            return fb.name() + " has finished (" + fb.program().siteAt(pc).action() + ")";
        }
        Instruction first = fb.program().at(pc).get(0);
        return fb.name() + " is blocked at " + first.site().function() + ": " + first.site().action()
                + (first.blocks() ? " waits until " + first.waitsFor() : "");
    }

    /** An upper bound on the steps enabled in any world: every fiber's widest choice, added up. */
    public int maxMoves() {
        int sum = 0;
        for (Fiber f : fibers) {
            int widest = 1;
            for (int pc = 0; pc < f.program().size(); pc++) {
                widest = Math.max(widest, f.program().at(pc).size());
            }
            sum += widest;
        }
        return sum;
    }

    /** The fiber whose position names a hang. */
    public int progressFiber() {
        return progressFiber;
    }

    public int pcOf(long[] world, int fiber) {
        return fibers.get(fiber).pc().get(world);
    }

    /** Where {@code fiber} stands at program point {@code pc}: its next step's site, or its final point's. */
    public Site siteAt(int fiber, int pc) {
        return fibers.get(fiber).program().siteAt(pc);
    }

    /** Whether {@code fiber}'s next step may block (it has a guard), as lock and wait steps do. */
    public boolean mayBlock(long[] world, int fiber) {
        return mayBlockAt[fiber][fibers.get(fiber).pc().get(world)];
    }
}
