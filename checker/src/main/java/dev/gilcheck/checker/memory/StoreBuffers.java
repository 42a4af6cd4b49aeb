package dev.gilcheck.checker.memory;

import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Layout;
import dev.gilcheck.checker.engine.Machine;
import dev.gilcheck.checker.engine.ProgramBuilder;
import dev.gilcheck.checker.engine.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Per-fiber store buffers for the memory cells a model declares relaxed, following the x86-TSO
 * abstract machine of Sewell, Sarkar, Owens, Zappa Nardelli and Myreen ("x86-TSO: A Rigorous and
 * Usable Programmer's Model for x86 Multiprocessors", CACM 53(7), 2010, section 3). The rules
 * encoded, in the paper's words where it has them:
 * <ol>
 * <li>"The store buffers are FIFO": a store by a fiber goes to the tail of that fiber's buffer
 * ({@link #store}).</li>
 * <li>"A reading thread must read its most recent buffered write, if there is one, to that
 * address; otherwise reads are satisfied from shared memory" ({@link #load}).</li>
 * <li>"A buffered write from a thread can propagate to the shared memory at any time": the
 * oldest entry of a non-empty buffer is written to memory by a step of its own, taken by a
 * flush fiber per fiber ({@link #flusher}), so the search meets every moment it can happen.</li>
 * <li>"An MFENCE instruction flushes the store buffer of that thread", and a LOCK'd instruction
 * (an atomic read-modify-write, a mutex acquire or release) flushes it too ({@link #drain},
 * {@link #storeLocked}). The paper's global lock, which keeps other threads from reading while
 * a locked instruction runs, is given here by every step being atomic.</li>
 * </ol>
 * The buffers are bounded: at most {@link #CAPACITY} stores wait per fiber, and a store into a
 * full buffer first writes its oldest entry to memory (the flush step taken just before it,
 * which TSO allows). A bounded run is a TSO run; only runs that need more pending stores per
 * fiber are left out, as any other bound leaves runs out.
 *
 * <p>Each slot is two fields of the packed world: the cell it holds a store to (0 when empty,
 * else the cell's index + 1) and the value stored; slots fill from 0, the oldest first. The
 * buffers are part of the world, so stores, fingerprints and symmetry see them.
 */
public final class StoreBuffers implements SharedMemory {
    /** Stores that may wait in one fiber's buffer. */
    public static final int CAPACITY = 2;

    private final List<Field> cells;
    private final Field[][] cellAt;
    private final Field[][] valueAt;

    /**
     * Lays out a buffer of {@link #CAPACITY} slots for each fiber named in {@code owners}, for stores
     * to {@code cells}, fields of the same layout.
     */
    public StoreBuffers(Layout.Builder b, List<String> owners, List<Field> cells) {
        this.cells = List.copyOf(cells);
        int widest = 1;
        for (Field c : cells) {
            widest = Math.max(widest, c.max());
        }
        cellAt = new Field[owners.size()][CAPACITY];
        valueAt = new Field[owners.size()][CAPACITY];
        for (int f = 0; f < owners.size(); f++) {
            for (int s = 0; s < CAPACITY; s++) {
                String slot = owners.get(f) + ".store buffer[" + s + "]";
                cellAt[f][s] = b.field(slot + " cell", cells.size());
                valueAt[f][s] = b.field(slot + " value", widest);
            }
        }
    }

    /** A load by the calling fiber: its newest buffered store to {@code cell}, else memory. */
    @Override
    public int load(Machine m, Field cell) {
        int f = m.fiber();
        int code = code(cell);
        for (int s = CAPACITY - 1; s >= 0; s--) {
            if (m.get(cellAt[f][s]) == code) {
                return m.get(valueAt[f][s]);
            }
        }
        return m.get(cell);
    }

    /** A plain store by the calling fiber: to the tail of its buffer, after flushing the oldest when it is full. */
    @Override
    public void store(Machine m, Field cell, int value) {
        int f = m.fiber();
        if (m.get(cellAt[f][CAPACITY - 1]) != 0) {
            flushOldest(m, f);
        }
        int s = 0;
        while (m.get(cellAt[f][s]) != 0) {
            s++;
        }
        if (value < 0 || value > cell.max()) {
            throw new IllegalArgumentException(cell.name() + " cannot hold " + value);
        }
        m.set(cellAt[f][s], code(cell));
        m.set(valueAt[f][s], value);
    }

    /** A locked store (an atomic read-modify-write's write): the buffer drains first, the value goes to memory. */
    @Override
    public void storeLocked(Machine m, Field cell, int value) {
        drain(m);
        m.set(cell, value);
    }

    /** MFENCE, or the flush a locked instruction does: the calling fiber's buffer drains, oldest first. */
    @Override
    public void drain(Machine m) {
        int f = m.fiber();
        while (m.get(cellAt[f][0]) != 0) {
            flushOldest(m, f);
        }
    }

    /** Whether {@code fiber} has a store waiting. */
    public boolean pending(Machine m, int fiber) {
        return m.get(cellAt[fiber][0]) != 0;
    }

    /** The oldest store waiting in {@code fiber}'s buffer reaches memory. */
    public void flushOldest(Machine m, int fiber) {
        Field cell = cells.get(m.get(cellAt[fiber][0]) - 1);
        int value = m.get(valueAt[fiber][0]);
        m.set(cell, value);
        m.note("%s = %d reaches memory", cell.name(), value);
        for (int s = 1; s < CAPACITY; s++) {
            m.set(cellAt[fiber][s - 1], m.get(cellAt[fiber][s]));
            m.set(valueAt[fiber][s - 1], m.get(valueAt[fiber][s]));
        }
        m.set(cellAt[fiber][CAPACITY - 1], 0);
        m.set(valueAt[fiber][CAPACITY - 1], 0);
    }

    /**
     * The fiber that writes {@code owner}'s buffered stores to memory, one per step, whenever there
     * is one: rule 3 as a fiber of its own. Its program is one point; {@code pc} may be shared by
     * every flusher, since it always holds 0.
     */
    public Fiber flusher(int owner, String name, Field pc, Site site) {
        ProgramBuilder code = new ProgramBuilder(name);
        Label top = code.label("flush");
        code.place(top);
        code.await(site, "a store is waiting in the buffer", m -> pending(m, owner), m -> flushOldest(m, owner));
        code.goTo(top);
        return new Fiber(name, code.build(), pc);
    }

    /** The fields of {@code fiber}'s buffer, slot by slot: cell, then value. */
    public List<Field> fieldsOf(int fiber) {
        List<Field> out = new ArrayList<>();
        for (int s = 0; s < CAPACITY; s++) {
            out.add(cellAt[fiber][s]);
            out.add(valueAt[fiber][s]);
        }
        return out;
    }

    /** Renames the value of every buffered store to {@code cell}, in every buffer of {@code world}. */
    public void renameValues(long[] world, Field cell, IntUnaryOperator rename) {
        int code = code(cell);
        for (int f = 0; f < cellAt.length; f++) {
            for (int s = 0; s < CAPACITY; s++) {
                if (cellAt[f][s].get(world) == code) {
                    valueAt[f][s].set(world, rename.applyAsInt(valueAt[f][s].get(world)));
                }
            }
        }
    }

    private int code(Field cell) {
        int i = cells.indexOf(cell);
        if (i < 0) {
            throw new IllegalArgumentException(cell.name() + " is not declared relaxed");
        }
        return i + 1;
    }
}
