package dev.gilcheck.model;

import dev.gilcheck.checker.engine.BadInputException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TogglesTest {

    @Test
    void everyStrategyIsADifferentSetOfToggles() {
        Set<Toggles> seen = new HashSet<>();
        for (Strategy s : Strategy.values()) {
            assertEquals(true, seen.add(s.toggles()), s.id() + " repeats another strategy's toggles");
        }
    }

    @Test
    void settingsApplyAndPrintBack() {
        Toggles t = Toggles.none().apply("wait-loop-check").apply("final-release=own-tstate");
        assertEquals("wait-loop-check=on final-release=own-tstate", t.toString());
        assertNotEquals(Toggles.none(), t);
    }

    @Test
    void anEnumToggleNeedsAValue() {
        BadInputException e = assertThrows(BadInputException.class, () -> Toggles.none().apply("final-release"));
        assertEquals("toggle final-release needs a value: final-release=none|null-tstate|own-tstate", e.getMessage());
    }

    @Test
    void aTextValueParsesToTheTypedValueModelCodeAsksAbout() {
        Toggles t = Toggles.none().apply("post-acquire-check=before-async-exc").apply("entry-deref=take-gil");
        assertEquals(PostAcquireCheck.BEFORE_ASYNC_EXC, t.value(PostAcquireCheck.class));
        assertTrue(t.is(EntryDeref.TAKE_GIL));
        assertEquals(t, Toggles.none().with(PostAcquireCheck.BEFORE_ASYNC_EXC).with(EntryDeref.TAKE_GIL));
    }

    @Test
    void anUnknownValueSaysWhichOnesExist() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> Toggles.none().apply("drop-request-home=heap"));
        assertEquals("toggle drop-request-home cannot be 'heap'; use one of runtime, interp-breaker, interp,"
                + " holder-tstate", e.getMessage());
    }

    @Test
    void aSwitchValueNamesNoToggleOnItsOwn() {
        assertThrows(IllegalArgumentException.class, () -> Toggles.none().with(Switch.ON));
    }
}
