package dev.gilcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gilcheck.checker.BadInputException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
