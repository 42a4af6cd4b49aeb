package dev.gilcheck.checker;

import dev.gilcheck.checker.store.ConcurrentFingerprintSet;
import org.jetbrains.lincheck.datastructures.LongGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The parallel search's visited set is linearizable: every concurrent run of add and contains
 * answers as some one-at-a-time order would. Fingerprints are multiples of 64, so they all start
 * probing at the same slot and threads race for neighbouring slots. A deliberately racy set (read,
 * then write, no compare-and-set) must fail the same check, so the check is not vacuous.
 */
@Param(name = "print", gen = LongGen.class, conf = "1:4")
public class ConcurrentFingerprintSetLincheckTest {
    private final ConcurrentFingerprintSet set = new ConcurrentFingerprintSet(16);

    @Operation
    public boolean add(@Param(name = "print") long print) {
        return set.add(print << 6);
    }

    @Operation
    public boolean contains(@Param(name = "print") long print) {
        return set.contains(print << 6);
    }

    @Test
    void isLinearizableUnderModelChecking() {
        new ModelCheckingOptions().iterations(10).invocationsPerIteration(200).threads(2).actorsPerThread(3)
                .check(getClass());
    }

    @Test
    void isLinearizableUnderStress() {
        new StressOptions().iterations(5).invocationsPerIteration(100).threads(2).actorsPerThread(3)
                .check(getClass());
    }

    @Test
    void aRacySetFailsTheSameCheck() {
        assertThrows(AssertionError.class, () -> new ModelCheckingOptions().iterations(5)
                .invocationsPerIteration(200).threads(2).actorsPerThread(2).check(RacySet.class));
    }

    /** Claims a slot by reading it empty and then writing it: two threads adding one fingerprint can both win. */
    @Param(name = "print", gen = LongGen.class, conf = "1:1")
    public static class RacySet {
        private final long[] slots = new long[8];

        @Operation
        public boolean add(@Param(name = "print") long print) {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] == print) {
                    return false;
                }
                if (slots[i] == 0) {
                    slots[i] = print;
                    return true;
                }
            }
            return false;
        }
    }
}
