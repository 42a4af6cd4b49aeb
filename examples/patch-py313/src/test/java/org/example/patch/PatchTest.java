package org.example.patch;

import static dev.gilcheck.junit.GilAssertions.assertNoSite;

import dev.gilcheck.junit.GilAssertions;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.api.Variant;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The patch of strategies/patch-on.yaml closes py313's hang: the main thread can always exit. */
class PatchTest {
    private static final Variant PATCH = GilAssertions.variant(Path.of(System.getProperty("strategy.file")));

    @Test
    void theMainThreadAlwaysExits() {
        assertNoSite(PATCH, Invariant.MAIN_THREAD_EXITS);
    }
}
