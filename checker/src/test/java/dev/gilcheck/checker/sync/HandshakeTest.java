package dev.gilcheck.checker.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.checker.search.BfsExplorer;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.sync.Handshake.Bug;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HandshakeTest {

    private static List<String> sites(Bug bug) {
        SearchResult r = new BfsExplorer(Handshake.system(bug), Limits.forHeap(), "progress").explore();
        assertTrue(r.complete());
        return r.witnesses().stream().map(Witness::violation).map(v -> v.siteKey()).toList();
    }

    @Test
    void theCorrectHandshakeAlwaysCompletes() {
        assertEquals(List.of(), sites(Bug.NONE));
    }

    @Test
    void testingOutsideTheLockLosesTheWakeUp() {
        assertEquals(List.of("progress @ consume: woken"), sites(Bug.TEST_OUTSIDE_LOCK));
    }

    @Test
    void destroyingWhatTheConsumerStillUsesIsUndefined() {
        assertEquals(Set.of(Handshake.LIFETIME + " @ teardown: destroy(cond)",
                        Handshake.LIFETIME + " @ teardown: destroy(mutex)", Handshake.LIFETIME + " @ consume: lock"),
                Set.copyOf(sites(Bug.PRODUCER_DESTROYS)));
    }

    @Test
    void freeingBeforeTheConsumerReadsIsAUseAfterFree() {
        assertEquals(List.of(Handshake.USE_AFTER_FREE + " @ consume: read message; unlock"),
                sites(Bug.PRODUCER_FREES));
    }
}
