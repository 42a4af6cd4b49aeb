package dev.gilcheck.model.api;

import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.checker.search.Verdict;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggle;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GilCheckTest {

    @Test
    void theApiReportsWhatThePlainSearchFinds() {
        Variant py313 = Variant.of(Strategy.PY313);
        CheckResult r = GilCheck.check(py313, Bounds.DEFAULT);
        SearchResult plain = Check.run(py313.model(Bounds.DEFAULT)).result();
        assertEquals(plain.witnesses().size(), r.sites().size());
        for (Witness w : plain.witnesses()) {
            Site s = r.site(w.violation().siteKey()).orElseThrow();
            assertEquals(w.length(), s.length(), s.key());
            assertTrue(s.trace().lines().count() >= w.length(), s.trace());
        }
        assertEquals(Verdict.VIOLATED, r.verdict());
        assertTrue(r.complete());
    }

    @Test
    void patchAClosesPy313sHang() {
        Variant patched = new Variant("py313 + A", Strategy.PY313,
                Strategy.PY313.toggles().on(Toggle.EXIT_RESET_BEFORE_UNLOCK), Strategy.PY313.bug(), "");
        assertFalse(GilCheck.check(Variant.of(Strategy.PY313)).sites(Invariant.MAIN_THREAD_EXITS).isEmpty());
        assertTrue(GilCheck.check(patched).sites(Invariant.MAIN_THREAD_EXITS).isEmpty());
    }
}
