package dev.gilcheck.checker.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.checker.memory.Litmus.Load;
import dev.gilcheck.checker.memory.Litmus.MFence;
import dev.gilcheck.checker.memory.Litmus.Store;
import dev.gilcheck.checker.memory.Litmus.Xchg;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The classic x86 litmus tests (Sewell et al., CACM 53(7) 2010; Intel's white paper examples),
 * their outcomes computed by exhaustive search of a two-thread system under each memory model.
 */
class LitmusTest {
    private static final Litmus STORE_BUFFERING = new Litmus(
            List.of(new Store("x", 1), new Load("y", "r1")),
            List.of(new Store("y", 1), new Load("x", "r2")));

    @Test
    void storeBufferingReachesBothZerosUnderTsoOnly() {
        Set<String> sc = STORE_BUFFERING.outcomes(MemoryModel.SC);
        Set<String> tso = STORE_BUFFERING.outcomes(MemoryModel.TSO);
        assertFalse(sc.contains("r1=0 r2=0"), sc::toString);
        assertTrue(tso.contains("r1=0 r2=0"), tso::toString);
        assertTrue(tso.containsAll(sc), "every SC outcome is a TSO outcome: " + sc + " " + tso);
    }

    @Test
    void messagePassingNeverSeesTheFlagWithoutTheData() {
        Litmus mp = new Litmus(
                List.of(new Store("x", 1), new Store("y", 1)),
                List.of(new Load("y", "r1"), new Load("x", "r2")));
        for (MemoryModel model : MemoryModel.values()) {
            Set<String> outcomes = mp.outcomes(model);
            assertFalse(outcomes.contains("r1=1 r2=0"), model + ": " + outcomes);
            assertTrue(outcomes.contains("r1=1 r2=1"), model + ": " + outcomes);
        }
    }

    @Test
    void anMfenceOrALockedExchangeRestoresSequentialConsistency() {
        Litmus fenced = new Litmus(
                List.of(new Store("x", 1), new MFence(), new Load("y", "r1")),
                List.of(new Store("y", 1), new MFence(), new Load("x", "r2")));
        Litmus locked = new Litmus(
                List.of(new Xchg("x", 1), new Load("y", "r1")),
                List.of(new Xchg("y", 1), new Load("x", "r2")));
        Set<String> sc = STORE_BUFFERING.outcomes(MemoryModel.SC);
        assertEquals(sc, fenced.outcomes(MemoryModel.TSO));
        assertEquals(sc, locked.outcomes(MemoryModel.TSO));
    }

    @Test
    void aThreadReadsItsOwnBufferedStoreBeforeOthersDo() {
        Litmus forwarding = new Litmus(
                List.of(new Store("x", 1), new Load("x", "r1"), new Load("y", "r2")),
                List.of(new Store("y", 1), new Load("y", "r3"), new Load("x", "r4")));
        String early = "r1=1 r2=0 r3=1 r4=0";
        assertFalse(forwarding.outcomes(MemoryModel.SC).contains(early));
        assertTrue(forwarding.outcomes(MemoryModel.TSO).contains(early));
    }
}
