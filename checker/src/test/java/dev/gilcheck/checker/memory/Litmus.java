package dev.gilcheck.checker.memory;

import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Layout;
import dev.gilcheck.checker.engine.Machine;
import dev.gilcheck.checker.engine.ProgramBuilder;
import dev.gilcheck.checker.engine.Site;
import dev.gilcheck.checker.search.BfsExplorer;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A litmus test: two threads over the cells x and y (0 at the start), each a list of
 * instructions writing registers. Its outcomes are computed by exhaustive search: the step that
 * ends the second thread to finish reports the registers as a (non-fatal) violation named by them,
 * so the sites of a complete search are exactly the reachable outcomes.
 */
final class Litmus {
    /** One instruction of a litmus thread. */
    sealed interface Op permits Store, Load, MFence, Xchg {
    }

    /** {@code [cell] = value}. */
    record Store(String cell, int value) implements Op {
    }

    /** {@code register = [cell]}. */
    record Load(String cell, String register) implements Op {
    }

    /** MFENCE. */
    record MFence() implements Op {
    }

    /** {@code LOCK XCHG [cell], value} (its read is not kept). */
    record Xchg(String cell, int value) implements Op {
    }

    private static final String OUTCOME = "outcome";

    private final List<List<Op>> threads;

    Litmus(List<Op> first, List<Op> second) {
        this.threads = List.of(first, second);
    }

    /** The register values of every run that finishes, e.g. "r1=0 r2=0", under {@code model}. */
    Set<String> outcomes(MemoryModel model) {
        SearchResult r = new BfsExplorer(system(model), Limits.forHeap(), "progress").explore();
        if (!r.complete()) {
            throw new IllegalStateException("search stopped early: " + r.stopMessage());
        }
        Set<String> out = new TreeSet<>();
        for (var w : r.witnesses()) {
            String key = w.violation().siteKey();
            out.add(key.substring(OUTCOME.length() + 1, key.indexOf(" @ ")));
        }
        return out;
    }

    private FiberSystem system(MemoryModel model) {
        Layout.Builder b = Layout.builder();
        List<Field> cells = List.of(b.field("x", 1), b.field("y", 1));
        List<String> registers = new ArrayList<>();
        for (List<Op> t : threads) {
            t.stream().filter(op -> op instanceof Load).forEach(op -> registers.add(((Load) op).register()));
        }
        List<Field> regs = registers.stream().map(r -> b.field(r, 1)).toList();
        Field[] done = {b.flag("P0 done"), b.flag("P1 done")};
        Field[] pc = {b.field("P0.pc", 7), b.field("P1.pc", 7)};
        List<String> names = List.of("P0", "P1");
        SharedMemory mem = model == MemoryModel.TSO ? new StoreBuffers(b, names, cells) : SharedMemory.SEQUENTIAL;
        Field flusherPc = b.field("flusher.pc", 0);
        Layout layout = b.build();
        List<Fiber> fibers = new ArrayList<>();
        for (int f = 0; f < 2; f++) {
            int self = f;
            ProgramBuilder p = new ProgramBuilder(names.get(f));
            for (Op op : threads.get(f)) {
                p.step(new Site(op.toString(), names.get(f), "litmus", op.toString()), m -> run(op, m, mem, cells, registers, regs));
            }
            p.step(new Site("done", names.get(f), "litmus", "done"), m -> {
                m.set(done[self], true);
                if (m.isSet(done[1 - self])) {
                    m.violate(OUTCOME + outcome(m, registers, regs), false);
                }
            });
            p.end(new Site("end", names.get(f), "litmus", "finished"));
            fibers.add(new Fiber(names.get(f), p.build(), pc[f]));
        }
        if (mem instanceof StoreBuffers buffers) {
            for (int f = 0; f < 2; f++) {
                fibers.add(buffers.flusher(f, names.get(f) + "_sb", flusherPc,
                        new Site("flush", names.get(f) + "'s store buffer", "x86-TSO", "oldest store reaches memory")));
            }
        }
        return new FiberSystem(layout, fibers, layout.newWorld(), w -> false, w -> done[0].isSet(w) && done[1].isSet(w), 0);
    }

    private static void run(Op op, Machine m, SharedMemory mem, List<Field> cells, List<String> registers, List<Field> regs) {
        if (op instanceof Store s) {
            mem.store(m, cell(s.cell(), cells), s.value());
        } else if (op instanceof Load l) {
            m.set(regs.get(registers.indexOf(l.register())), mem.load(m, cell(l.cell(), cells)));
        } else if (op instanceof Xchg x) {
            mem.storeLocked(m, cell(x.cell(), cells), x.value());
        } else {
            mem.drain(m);
        }
    }

    private static Field cell(String name, List<Field> cells) {
        return name.equals("x") ? cells.get(0) : cells.get(1);
    }

    private static String outcome(Machine m, List<String> registers, List<Field> regs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < registers.size(); i++) {
            sb.append(' ').append(registers.get(i)).append('=').append(m.get(regs.get(i)));
        }
        return sb.toString();
    }
}
