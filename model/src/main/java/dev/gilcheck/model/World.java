package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Layout;
import dev.gilcheck.checker.engine.Machine;
import dev.gilcheck.checker.memory.MemoryModel;
import dev.gilcheck.checker.memory.SharedMemory;
import dev.gilcheck.checker.memory.StoreBuffers;
import dev.gilcheck.checker.sync.Cond;
import dev.gilcheck.checker.sync.Freeable;
import dev.gilcheck.checker.sync.Mutex;
import dev.gilcheck.checker.sync.WaitSlots;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The shared memory and the threads' locals of one modelled process, as fields of a packed world.
 * Thread ids: 0 is the main thread M, 1..n the daemons, then the C threads. Pointers to a thread
 * state are stored as its thread id + 1 (0 is NULL). The GIL's mutexes and conditions, the
 * interpreter and the thread states are sync objects and freeable memory over these fields.
 */
public final class World {
    final Bounds bounds;
    private final Layout.Builder builder;
    private Layout layout;
    final Field exited;
    final Field finalizing;
    final Field interpFinalizing;
    final Field gilMutexOwner;
    final Field switchMutexOwner;
    final Field locked;
    final Field dropRequest;
    final Field lastHolder;
    final Field interpFreed;
    final Field condDestroyed;
    final Field mutexDestroyed;
    final Field switchCondDestroyed;
    final Field switchMutexDestroyed;
    final Field gilDestroyed;
    final Field[] pc;
    final Field[] tstateFreed;
    final Field[] listed;
    final Field[] tstateRefs;
    final Field[] shuttingDown;
    final Field[] dropBit;
    final Field[] holdsGil;
    final Field[] waiting;
    final Field[] switchedSinceSave;
    final Field[] dropRequested;
    final Field[] holder;
    final Field[] listRank;
    final Mutex gilMutex;
    final Mutex switchMutex;
    final Cond gilCond;
    final Cond switchCond;
    final WaitSlots waits;
    final Freeable interp;
    final Freeable[] tstates;
    final MemoryModel memory;
    /** Where the relaxed GIL fields are read and written: memory itself, or each thread's store buffer. */
    final SharedMemory shared;
    /** The threads' store buffers under x86-TSO; null under sequential consistency. */
    final StoreBuffers buffers;
    /** The program counter every store-buffer flusher shares (always 0); null under sequential consistency. */
    final Field flusherPc;
    final Field autoInterpNull;
    private final String[] names;
    private final String[] possessives;

    /** The shared memory and locals under sequential consistency. */
    World(Bounds bounds) {
        this(bounds, MemoryModel.SC);
    }

    /**
     * The shared memory and locals; the program counters come with {@link #seal}, once the programs
     * are written. Under x86-TSO each thread also gets a store buffer for the relaxed GIL fields,
     * laid out after every other field, so that the fields above sit where they sit under SC.
     */
    World(Bounds bounds, MemoryModel memory) {
        this.bounds = bounds;
        this.memory = memory;
        int n = bounds.fibers();
        Layout.Builder b = Layout.builder();
        builder = b;
        exited = b.flag("exited");
        finalizing = b.flag("_PyRuntime._finalizing");
        interpFinalizing = b.flag("interp->_finalizing");
        gilMutexOwner = b.field("gil->mutex owner", n);
        switchMutexOwner = b.field("gil->switch_mutex owner", n);
        locked = b.flag("gil->locked");
        dropRequest = b.flag("gil_drop_request");
        lastHolder = b.field("gil->last_holder", n);
        interpFreed = b.flag("interp freed");
        condDestroyed = b.flag("gil->cond destroyed");
        mutexDestroyed = b.flag("gil->mutex destroyed");
        switchCondDestroyed = b.flag("gil->switch_cond destroyed");
        switchMutexDestroyed = b.flag("gil->switch_mutex destroyed");
        gilDestroyed = b.flag("gil->locked = -1 (destroyed)");
        pc = new Field[n];
        tstateFreed = new Field[n];
        listed = new Field[n];
        tstateRefs = new Field[n];
        shuttingDown = new Field[n];
        dropBit = new Field[n];
        holdsGil = new Field[n];
        waiting = new Field[n];
        switchedSinceSave = new Field[n];
        dropRequested = new Field[n];
        holder = new Field[n];
        listRank = new Field[n];
        // Built once: steps name threads in their notes, and the search runs them millions of times.
        names = IntStream.range(0, n).mapToObj(this::nameOf).toArray(String[]::new);
        possessives = IntStream.range(0, n).mapToObj(f -> names[f] + "'s").toArray(String[]::new);
        for (int f = 0; f < n; f++) {
            String who = name(f) + ".";
            tstateFreed[f] = b.flag(who + "tstate freed");
            listed[f] = b.flag(who + "tstate in interp->tstate_head");
            tstateRefs[f] = b.field(who + "tstate refcount", 2);
            shuttingDown[f] = b.flag(who + "tstate->state shutting down");
            dropBit[f] = b.flag(who + "tstate eval_breaker drop bit");
            holdsGil[f] = b.flag(who + "holds the GIL");
            waiting[f] = b.field(who + "waits on", WaitSlots.maxCode(2));
            switchedSinceSave[f] = b.flag(who + "switch_number moved since saved");
            dropRequested[f] = b.flag(who + "drop_requested");
            holder[f] = b.field(who + "holder_tstate", n);
            listRank[f] = b.field(who + "tstate's place in the detached list", n);
        }
        autoInterpNull = b.flag("_PyRuntime.gilstate.autoInterpreterState = NULL");
        if (memory == MemoryModel.TSO) {
            List<String> owners = new ArrayList<>();
            for (int f = 0; f < n; f++) {
                owners.add(name(f));
            }
            buffers = new StoreBuffers(b, owners, relaxedCells());
            shared = buffers;
            flusherPc = b.field("store buffer flushers' pc", 0);
        } else {
            buffers = null;
            shared = SharedMemory.SEQUENTIAL;
            flusherPc = null;
        }
        String lifetime = Invariant.SYNC_OBJECT_LIFETIME.id();
        gilMutex = new Mutex("gil->mutex", gilMutexOwner, mutexDestroyed, lifetime, shared);
        switchMutex = new Mutex("gil->switch_mutex", switchMutexOwner, switchMutexDestroyed, lifetime, shared);
        waits = new WaitSlots(waiting);
        gilCond = waits.cond("gil->cond", gilMutex, condDestroyed, lifetime);
        switchCond = waits.cond("gil->switch_cond", switchMutex, switchCondDestroyed, lifetime);
        interp = new Freeable(interpFreed, Invariant.INTERP_USE_AFTER_FREE.id());
        tstates = new Freeable[n];
        for (int f = 0; f < n; f++) {
            tstates[f] = new Freeable(tstateFreed[f], Invariant.TSTATE_USE_AFTER_FREE.id());
        }
    }

    /**
     * The GIL fields that CPython reads and writes with relaxed atomics and that a store may leave
     * in a store buffer: {@code gil->locked}, {@code gil->last_holder}, and the drop request with
     * the eval breaker ({@code _Py_atomic_store_relaxed} / {@code _Py_atomic_load_relaxed} up to
     * 3.12), and destroy_gil's {@code locked = -1} (a release store, a plain store on x86) that
     * gil_created() reads (an acquire load, a plain load). The drop bit in a tstate's eval breaker
     * (3.13 on) is not among them: every write to it is an atomic read-modify-write
     * ({@code _Py_atomic_or_uintptr}, {@code _Py_atomic_and_uintptr}), a locked instruction that
     * never waits in a buffer. {@code switch_number} is read and written only under gil->mutex, so
     * its writes drain at the unlock of the step that makes them. The finalizing pointers, relaxed
     * atomics too, stay sequentially consistent (MODEL.md says why).
     */
    private List<Field> relaxedCells() {
        return List.of(locked, lastHolder, dropRequest, gilDestroyed);
    }

    /** Adds each thread's program counter, sized to its program, and fixes the layout. */
    void seal(int[] programSizes) {
        for (int f = 0; f < pc.length; f++) {
            pc[f] = builder.field(name(f) + ".pc", Math.max(programSizes[f] - 1, 1));
        }
        layout = builder.build();
    }

    public Layout layout() {
        return layout;
    }

    /** Every per-thread field, one array per kind: the thread's locals, its thread state, and its store buffer's slots. */
    Field[][] perThread() {
        List<Field[]> kinds = new ArrayList<>(List.of(pc, tstateFreed, listed, tstateRefs, shuttingDown, dropBit,
                holdsGil, waiting, switchedSinceSave, dropRequested, holder, listRank));
        if (buffers != null) {
            int slotFields = buffers.fieldsOf(0).size();
            for (int k = 0; k < slotFields; k++) {
                Field[] kind = new Field[fibers()];
                for (int f = 0; f < fibers(); f++) {
                    kind[f] = buffers.fieldsOf(f).get(k);
                }
                kinds.add(kind);
            }
        }
        return kinds.toArray(Field[][]::new);
    }

    /** The shared fields whose value names a thread (its id + 1, 0 for none); {@link #holder} is the per-thread one. */
    /** Per thread, per word: the bits that thread's fields of {@link #perThread} take. */
    long[][] perThreadBits() {
        long[][] bits = new long[fibers()][layout.words()];
        for (Field[] kind : perThread()) {
            for (int t = 0; t < bits.length; t++) {
                bits[t][kind[t].word()] |= kind[t].wordMask();
            }
        }
        return bits;
    }

    Field[] threadPointers() {
        return new Field[] {gilMutexOwner, switchMutexOwner, lastHolder};
    }

    /** The fields only thread {@code fiber} itself ever reads or writes: its program counter and its C locals. */
    List<Field> privateTo(int fiber) {
        return List.of(pc[fiber], holder[fiber], dropRequested[fiber]);
    }

    /** Flags that, once set, stay set: finalizing, the interpreter freed, the GIL's parts destroyed, process exit. */
    List<Field> setForGood() {
        return List.of(exited, finalizing, interpFinalizing, interpFreed, condDestroyed, mutexDestroyed,
                switchCondDestroyed, switchMutexDestroyed, gilDestroyed, autoInterpNull);
    }

    boolean isDaemon(int fiber) {
        return fiber >= 1 && fiber <= bounds.daemons();
    }

    /** M, D1..Dn, C1..Cm, N1..Nk. */
    public String name(int fiber) {
        return names[fiber];
    }

    /** "D1's". */
    String possessive(int fiber) {
        return possessives[fiber];
    }

    private String nameOf(int fiber) {
        if (fiber == 0) {
            return "M";
        }
        if (isNewThread(fiber)) {
            return "N" + (fiber - firstNewThread() + 1);
        }
        return fiber <= bounds.daemons() ? "D" + fiber : "C" + (fiber - bounds.daemons());
    }

    /** The name of the fiber that flushes thread {@code thread}'s store buffer under x86-TSO: "D1_sb". */
    static String flusherName(String thread) {
        return thread + "_sb";
    }

    boolean isCThread(int fiber) {
        return fiber > bounds.daemons() && fiber < firstNewThread();
    }

    boolean isNewThread(int fiber) {
        return fiber >= firstNewThread() && fiber < fibers();
    }

    /** The first new thread's id, after the C threads. */
    int firstNewThread() {
        return 1 + bounds.daemons() + bounds.cthreads();
    }

    public int fibers() {
        return bounds.fibers();
    }

    int otherGilHolder(Machine m) {
        for (int f = 0; f < fibers(); f++) {
            if (f != m.fiber() && m.isSet(holdsGil[f])) {
                return f;
            }
        }
        return -1;
    }
}
