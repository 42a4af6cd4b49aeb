package dev.gilcheck.bench;

import dev.gilcheck.checker.store.ExactStateStore;
import dev.gilcheck.checker.store.FingerprintStateStore;
import dev.gilcheck.checker.store.StateStore;
import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The visited sets alone, as a search uses them: {@code adds} worlds of {@code width} words added
 * in a fixed pseudo-random order, a third of them distinct (a search of the model takes about three
 * steps per state), from an empty store, growth included. The score is milliseconds per pass; each pass
 * returns the store's size, which is the same for both stores.
 */
public class StoreBenchmark extends StorePass {
    @Param({"exact", "fingerprint"})
    String store;

    @Param({"3"})
    int width;

    @Param({"6000000"})
    int adds;

    /** The worlds to add, one after another. */
    private long[] worlds;

    @Setup(Level.Trial)
    public void setUp() {
        int distinct = adds / 3;
        SplittableRandom random = new SplittableRandom(36475);
        worlds = new long[adds * width];
        for (int a = 0; a < adds; a++) {
            long k = a < distinct ? a : random.nextInt(distinct);
            for (int w = 0; w < width; w++) {
                worlds[a * width + w] = (k * 0x9E3779B97F4A7C15L >>> (8 * w)) & 0xFFFF_FFFFL;
            }
        }
        for (int a = adds - 1; a > 0; a--) {
            swap(a, random.nextInt(a + 1));
        }
    }

    private void swap(int a, int b) {
        for (int w = 0; w < width; w++) {
            long t = worlds[a * width + w];
            worlds[a * width + w] = worlds[b * width + w];
            worlds[b * width + w] = t;
        }
    }

    @Benchmark
    public int addAll() {
        StateStore s = store.equals("exact") ? new ExactStateStore(width) : new FingerprintStateStore();
        long[] world = new long[width];
        for (int a = 0; a < adds; a++) {
            System.arraycopy(worlds, a * width, world, 0, width);
            s.add(world);
        }
        return s.size();
    }
}
