package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Blame;
import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Program;
import dev.gilcheck.checker.engine.ProtocolModel;
import dev.gilcheck.checker.engine.Schedule;
import dev.gilcheck.checker.engine.Site;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.memory.MemoryModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the checkable system for one strategy (its source map and toggles, possibly changed) at
 * one size: the main thread finalizing, the daemon threads, the C threads.
 */
public final class CPythonModel implements ProtocolModel {
    private final Strategy strategy;
    private final Toggles toggles;
    private final Bounds bounds;
    private final Release release;
    private final String title;
    private final MemoryModel memory;

    public CPythonModel(Strategy strategy, Toggles toggles, Bounds bounds) {
        this(strategy, toggles, bounds, null, null, MemoryModel.SC);
    }

    /** The strategy of {@code release}, its steps located in the release's own source. */
    public CPythonModel(Release release, Toggles toggles, Bounds bounds) {
        this(release.strategy(), toggles, bounds, release, null, MemoryModel.SC);
    }

    private CPythonModel(Strategy strategy, Toggles toggles, Bounds bounds, Release release, String title,
                         MemoryModel memory) {
        this.strategy = strategy;
        this.toggles = toggles;
        this.bounds = bounds;
        this.release = release;
        this.title = title;
        this.memory = memory;
    }

    /** The same model named {@code title}: a user's variant of its strategy (a strategy file). */
    public CPythonModel titled(String title) {
        return new CPythonModel(strategy, toggles, bounds, release, title, memory);
    }

    /**
     * The same model under {@code model}: sequential consistency (the default), or x86-TSO, where
     * each thread's stores to the relaxed GIL fields wait in a store buffer (see {@link World}).
     */
    public CPythonModel under(MemoryModel model) {
        return new CPythonModel(strategy, toggles, bounds, release, title, model);
    }

    /** The memory model the model's verdicts hold under. */
    public MemoryModel memory() {
        return memory;
    }

    /** The variant's title, or null when the model is a strategy (or release) as it is. */
    public String title() {
        return title;
    }

    /** What outputs call the model: the variant's title, else the strategy's id. */
    @Override
    public String name() {
        return title == null ? strategy.id() : title;
    }

    public CPythonModel(Strategy strategy, Bounds bounds) {
        this(strategy, strategy.toggles(), bounds);
    }

    public Strategy strategy() {
        return strategy;
    }

    @Override
    public String summary() {
        return strategy.summary();
    }

    @Override
    public String progressInvariant() {
        return Invariant.MAIN_THREAD_EXITS.id();
    }

    @Override
    public List<Blame.Cause> culprits(FiberSystem system, Trace trace) {
        return Culprits.of(bounds, system, trace);
    }

    public Toggles toggles() {
        return toggles;
    }

    public Bounds bounds() {
        return bounds;
    }

    /** The release whose lines label the steps, or null when they are the strategy's own. */
    public Release release() {
        return release;
    }

    /** Where the steps are labelled: the release's lines, or the strategy's. */
    public SourceMap sources() {
        return release == null ? new SourceMap(strategy) : new SourceMap(release);
    }

    /** The system, the main thread visiting the daemons' thread states in list order (D1 first). */
    @Override
    public FiberSystem system() {
        World w = new World(bounds, memory);
        return system(w, FreeOrder.list(w));
    }

    /**
     * The system whose main thread may visit the daemons' thread states in any order, declaring the
     * daemons' symmetry: the same sites at the same depths as {@link #system}, for symmetry-reduced
     * searches. {@link #inListOrder} turns its schedules into runs of {@link #system}.
     */
    public FiberSystem symmetricSystem() {
        World w = new World(bounds, memory);
        FreeOrder order = FreeOrder.any(w);
        return system(w, order).withSymmetry(new DaemonSymmetry(w, order));
    }

    /** A schedule of {@link #symmetricSystem} as the run of {@link #system} that renames its daemons. */
    public Schedule inListOrder(Schedule schedule) {
        return FreeOrder.any(new World(bounds)).inListOrder(schedule);
    }

    /** The same model at other bounds. */
    public CPythonModel at(Bounds other) {
        return new CPythonModel(strategy, toggles, other, release, title, memory);
    }

    /** The system over {@code w}, whose main thread visits the daemons as {@code order} says. */
    FiberSystem system(World w, FreeOrder order) {
        Program[] programs = programs(w, sources(), order);
        int[] sizes = new int[programs.length];
        for (int f = 0; f < sizes.length; f++) {
            sizes[f] = programs[f].size();
        }
        w.seal(sizes);
        List<Fiber> fibers = new ArrayList<>();
        List<List<Field>> privateFields = new ArrayList<>();
        for (int f = 0; f < programs.length; f++) {
            fibers.add(new Fiber(w.name(f), programs[f], w.pc[f]));
            privateFields.add(w.privateTo(f));
        }
        if (w.buffers != null) {
            Site flush = new Site("STORE_BUFFER_FLUSH", "store buffer", "x86-TSO (Sewell et al., CACM 2010)",
                    "the oldest buffered store reaches memory");
            for (int f = 0; f < programs.length; f++) {
                fibers.add(w.buffers.flusher(f, World.flusherName(w.name(f)), w.flusherPc, flush));
            }
        }
        return new FiberSystem(w.layout(), fibers, initial(w), world -> w.exited.isSet(world),
                world -> w.exited.isSet(world), 0)
                .withPrivateFields(privateFields)
                .withMonotoneFlags(w.setForGood());
    }

    /** The programs of all threads. */
    private Program[] programs(World w, SourceMap src, FreeOrder order) {
        Memory mem = new Memory(w, toggles);
        DropRequest req = new DropRequest(w, toggles, mem);
        FinalizingCheck check = new FinalizingCheck(w, toggles, mem);
        Gil gil = new Gil(w, toggles, mem, req, check);
        ThreadApi api = new ThreadApi(w, toggles, mem, req, check, gil);
        Program[] out = new Program[bounds.fibers()];
        Code main = new Code("main thread", w, toggles, src);
        new Finalization(w, toggles, mem, gil, api, order).write(main);
        out[0] = main.build();
        Program daemon = daemon(w, src, api);
        for (int f = 1; f <= bounds.daemons(); f++) {
            out[f] = daemon;
        }
        Program cthread = CThread.program(w, toggles, src, api, bounds.loops());
        for (int f = bounds.daemons() + 1; f < w.firstNewThread(); f++) {
            out[f] = cthread;
        }
        Program newThread = newThread(w, src, api, check);
        for (int f = w.firstNewThread(); f < bounds.fibers(); f++) {
            out[f] = newThread;
        }
        return out;
    }

    /** A daemon thread: {@code loops} rounds of Py_END_ALLOW_THREADS, bytecode, Py_BEGIN_ALLOW_THREADS. */
    private Program daemon(World w, SourceMap src, ThreadApi api) {
        Code c = new Code("daemon thread", w, toggles, src);
        Label exit = c.label("exit");
        daemonRounds(c, api, exit, bounds.loops());
        api.exitTail(c, exit);
        return c.build();
    }

    /**
     * A thread that Python code started just before finalization (threading.Thread.start): its parent
     * created and linked its tstate under the GIL before finalizing was set (from 3.12
     * interp->finalizing refuses new threads after that), and the OS thread runs thread_run
     * (Modules/_threadmodule.c) whenever the scheduler lets it, possibly after the main thread set
     * finalizing and freed that tstate. thread_run binds the tstate to the thread without the GIL
     * (_PyThreadState_Bind from 3.12; before, thread_run writes tstate->thread_id itself), then takes
     * the GIL with PyEval_AcquireThread (modelled as PyEval_RestoreThread) and runs one daemon round.
     * From 3.12 (3.11 by the backport) gh-108987 asks _PyThreadState_MustExit first, on a tstate its
     * comment calls possibly dangling; a thread that must exit returns without touching the tstate.
     */
    private Program newThread(World w, SourceMap src, ThreadApi api, FinalizingCheck check) {
        Code c = new Code("new thread", w, toggles, src);
        Memory mem = new Memory(w, toggles);
        Label exit = c.label("exit");
        Label returns = c.label("thread_run returns");
        if (toggles.isOn(Toggle.THREAD_RUN_CHECK)) {
            check.mustExit(c, Step.THREAD_RUN_CHECK, returns, null);
        }
        c.step(Step.THREAD_BIND, m -> mem.ownTstate(m, "tstate->thread_id = PyThread_get_thread_ident()"));
        daemonRounds(c, api, exit, 1);
        c.place(returns).end(Step.END_EXITED);
        api.exitTail(c, exit);
        return c.build();
    }

    /** {@code rounds} rounds of Py_END_ALLOW_THREADS, bytecode, Py_BEGIN_ALLOW_THREADS; then blocked in I/O. */
    private static void daemonRounds(Code c, ThreadApi api, Label exit, int rounds) {
        for (int round = 1; round <= rounds; round++) {
            Label running = c.label("round " + round + ": GIL taken");
            Label finished = c.label("round " + round + ": bytecode done");
            Label released = c.label("round " + round + ": GIL released");
            api.acquire(c, ThreadApi.Caller.RESTORE_THREAD, exit, running);
            c.place(running);
            api.runBytecode(c, exit, finished);
            c.place(finished);
            api.save(c, released);
            c.place(released);
        }
        c.end(Step.END_BLOCKED_IN_IO);
    }

    private long[] initial(World w) {
        long[] world = w.layout().newWorld();
        w.locked.set(world, true);
        w.holdsGil[0].set(world, true);
        w.lastHolder.set(world, 1);
        for (int f = 0; f < w.fibers(); f++) {
            boolean cthread = w.isCThread(f);
            w.tstateFreed[f].set(world, cthread);
            w.listed[f].set(world, !cthread);
            w.tstateRefs[f].set(world, toggles.isOn(Toggle.REFCOUNTED_TSTATE) && !cthread ? 2 : 0);
        }
        return world;
    }
}
