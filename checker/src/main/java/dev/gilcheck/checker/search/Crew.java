package dev.gilcheck.checker.search;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The parallel search's helper threads, kept from batch to batch, each with its own expander. Between
 * batches a helper spins a little before it parks, so handing it the next batch mostly costs a
 * volatile write: an executor's hand-over woke a parked thread every batch, and on 2 cores, with
 * the compiler thread busy, the woken helper often took the core of the thread that woke it (half a
 * millisecond a batch, a sixth of the best mode's search at 4 daemons).
 */
final class Crew implements AutoCloseable {
    /** Spin-waits before parking: about 50 microseconds, longer than most gaps between batches. */
    private static final int SPINS = 1 << 10;

    private final Thread[] threads;
    private final Thread leader = Thread.currentThread();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile ParallelSearch.Work posted;
    private volatile long generation;
    private volatile Throwable failure;
    private volatile boolean closed;

    /** Starts one daemon thread per expander; {@link #close} ends them. */
    Crew(List<BatchExpander> expanders) {
        threads = new Thread[expanders.size()];
        for (int t = 0; t < threads.length; t++) {
            BatchExpander expander = expanders.get(t);
            threads[t] = new Thread(() -> serve(expander), "gilcheck search");
            threads[t].setDaemon(true);
            threads[t].start();
        }
    }

    /** Has every helper help with {@code work}; by the thread that made the crew. */
    void start(ParallelSearch.Work work) {
        finished.set(0);
        posted = work;
        generation++;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
    }

    /** Waits until every helper is done with the work last started; an error one met is thrown here. */
    void await() throws InterruptedException {
        for (int spins = 0; finished.get() < threads.length; spins++) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (spins < SPINS) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
        }
        Throwable f = failure;
        if (f instanceof Error error) {
            throw error;
        }
        if (f != null) {
            throw new IllegalStateException("a search thread failed", f);
        }
    }

    private void serve(BatchExpander expander) {
        long done = 0;
        while (true) {
            for (int spins = 0; generation == done && !closed; spins++) {
                if (spins < SPINS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            if (closed) {
                return;
            }
            done = generation;
            try {
                posted.help(expander);
            } catch (Throwable e) {
                failure = e;
            }
            if (finished.incrementAndGet() == threads.length) {
                LockSupport.unpark(leader);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread t : threads) {
            LockSupport.unpark(t);
        }
    }
}
