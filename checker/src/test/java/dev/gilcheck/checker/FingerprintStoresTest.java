package dev.gilcheck.checker;

import dev.gilcheck.checker.store.ConcurrentFingerprintSet;
import dev.gilcheck.checker.store.FingerprintStateStore;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fingerprint stores give dense ids, find what they hold across growth, and the concurrent one keeps ids by slot. */
class FingerprintStoresTest {

    @Test
    void idsAreDenseAndSurviveGrowth() {
        FingerprintStateStore store = new FingerprintStateStore();
        SplittableRandom random = new SplittableRandom(7);
        long[][] worlds = new long[20_000][];
        for (int i = 0; i < worlds.length; i++) {
            worlds[i] = new long[] {random.nextLong(), i};
            assertEquals(i, store.add(worlds[i]));
        }
        for (int i = 0; i < worlds.length; i++) {
            assertEquals(-(i + 1), store.add(worlds[i].clone()));
        }
        assertEquals(worlds.length, store.size());
        assertTrue(store.bytes() <= 48L * worlds.length, "12 bytes a slot, a quarter of the slots used at least");
    }

    @Test
    void theConcurrentSetKeepsIdsAcrossGrowth() {
        ConcurrentFingerprintSet set = new ConcurrentFingerprintSet(16);
        for (int i = 1; i <= 5_000; i++) {
            set.ensureRoom(i - 1, 1);
            int slot = set.insert(i * 0x9E3779B97F4A7C15L);
            assertTrue(slot >= 0);
            set.assign(slot, i);
        }
        for (int i = 1; i <= 5_000; i++) {
            int slot = set.insert(i * 0x9E3779B97F4A7C15L);
            assertTrue(slot < 0);
            assertEquals(i, set.id(-slot - 1));
        }
        assertFalse(set.contains(12345));
    }

    @Test
    void theCollisionNoteGrowsWithTheSquareOfTheStates() {
        assertTrue(FingerprintStateStore.collisionNote(1_000_000).endsWith("2.7e-08"));
        assertTrue(FingerprintStateStore.collisionNote(1_000_000_000).endsWith("2.7e-02"));
    }
}
