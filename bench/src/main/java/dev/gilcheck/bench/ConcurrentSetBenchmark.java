package dev.gilcheck.bench;

import dev.gilcheck.checker.store.ConcurrentFingerprintSet;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The parallel search's visited set alone: {@code adds} fingerprints, a third of them distinct, in a
 * fixed pseudo-random order, split between {@code threads} threads that add them at once to a set
 * with room for all. {@code group} is how many a thread reads the slots of ({@link
 * ConcurrentFingerprintSet#prefetch}) before adding them; 1 adds one after another, as the search did
 * before it gathered a chunk's targets. The score is milliseconds per pass; each pass returns what the
 * threads counted and read, only for JMH to consume.
 */
public class ConcurrentSetBenchmark extends StorePass {
    @Param({"1", "2"})
    int threads;

    @Param({"1", "512"})
    int group;

    @Param({"6000000"})
    int adds;

    private long[] prints;
    private ExecutorService pool;

    @Setup(Level.Trial)
    public void setUp() {
        int distinct = adds / 3;
        SplittableRandom random = new SplittableRandom(36475);
        prints = new long[adds];
        for (int a = 0; a < adds; a++) {
            long k = a < distinct ? a : random.nextInt(distinct);
            prints[a] = (k + 1) * 0x9E3779B97F4A7C15L;
        }
        for (int a = adds - 1; a > 0; a--) {
            int b = random.nextInt(a + 1);
            long t = prints[a];
            prints[a] = prints[b];
            prints[b] = t;
        }
        pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdownNow();
    }

    @Benchmark
    public long addAll() throws Exception {
        ConcurrentFingerprintSet set = new ConcurrentFingerprintSet(16);
        set.ensureRoom(0, adds / 3);
        Future<?>[] parts = new Future<?>[threads];
        for (int t = 0; t < threads; t++) {
            int from = (int) ((long) adds * t / threads);
            int to = (int) ((long) adds * (t + 1) / threads);
            parts[t] = pool.submit(() -> addRange(set, from, to));
        }
        long consumed = 0;
        for (Future<?> part : parts) {
            consumed += (Long) part.get();
        }
        return consumed;
    }

    /** Adds {@code prints[from..to)}; returns how many were new plus what the prefetches read, for JMH to consume. */
    private long addRange(ConcurrentFingerprintSet set, int from, int to) {
        long[] buffer = new long[group];
        long read = 0;
        int added = 0;
        for (int start = from; start < to; start += group) {
            int count = Math.min(group, to - start);
            System.arraycopy(prints, start, buffer, 0, count);
            read += set.prefetch(buffer, count);
            for (int k = 0; k < count; k++) {
                added += set.add(buffer[k]) ? 1 : 0;
            }
        }
        return added + read;
    }
}
