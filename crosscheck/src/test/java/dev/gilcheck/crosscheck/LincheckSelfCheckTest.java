package dev.gilcheck.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Toggle;
import dev.gilcheck.model.Toggles;
import dev.gilcheck.crosscheck.port.Build;
import dev.gilcheck.crosscheck.port.Silenced;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The harness must be able to fail: a Lincheck that silently passes would fake agreement on
 * every "unreachable" verdict. Checked both ways on small budgets.
 */
class LincheckSelfCheckTest {
    private static final String CHECK_THEN_USE = "tstate-use-after-free @ PyEval_RestoreThread: read tstate->interp";

    /**
     * eb4e2ae's order (check _PyRuntime, then follow tstate->interp, no check once the GIL is
     * taken) with the daemon thread states freed right after finalizing is set: the check-then-use
     * window is a few steps wide, and the violation is thrown on a daemon thread, not Lincheck's.
     */
    @Test
    void aDeliberatelyRacyPortIsCaught() {
        Build racy = Build.of(Toggles.none().with(Toggle.ENTRY_DEREF, "restore-thread").on(Toggle.ENTRY_CHECK)
                .on(Toggle.EARLY_DAEMON_TSTATE_FREE));
        LincheckSearch.Outcome o = quietly(() -> LincheckSearch.run(racy, Bounds.DEFAULT, Silenced.allBut(CHECK_THEN_USE), 3000));
        assertTrue(o.found(), "Lincheck missed a check-then-use race in 3000 invocations");
        assertEquals(CHECK_THEN_USE, o.finding());
        assertTrue(o.interleaving().contains("UseAfterFree"), "the report names the violation");
    }

    /** The same harness on a build without the race passes, and does run its whole budget. */
    @Test
    void aRaceFreeBuildPasses() {
        Build safe = Build.of(Toggles.none().on(Toggle.RESTORE_CHECK).on(Toggle.EVAL_LOOP_CHECK));
        LincheckSearch.Outcome o = quietly(() -> LincheckSearch.run(safe, Bounds.DEFAULT, Silenced.these(List.of()), 500));
        assertFalse(o.found(), () -> "unexpected finding: " + o.finding() + "\n" + o.interleaving());
        assertTrue(o.invocations() >= 500, "Lincheck stopped after " + o.invocations() + " invocations");
    }

    /** A Lincheck search with Lincheck's console warnings kept out of the build log. */
    private static LincheckSearch.Outcome quietly(Supplier<LincheckSearch.Outcome> search) {
        AtomicReference<LincheckSearch.Outcome> outcome = new AtomicReference<>();
        QuietConsole.during(() -> outcome.set(search.get()));
        return outcome.get();
    }
}
