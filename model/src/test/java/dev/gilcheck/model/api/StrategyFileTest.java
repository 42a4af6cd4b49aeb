package dev.gilcheck.model.api;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggle;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrategyFileTest {
    private static final String GOOD = """
            title: py313 + reset before unlock
            base: py313
            bug: https://github.com/python/cpython/issues/96387
            toggles:
              exit-reset-before-unlock: on
            """;

    @Test
    void aFileIsItsBaseWithItsTogglesChanged() {
        Variant v = StrategyFile.parse(GOOD, "patch.yaml");
        assertEquals("py313 + reset before unlock", v.title());
        assertEquals(Strategy.PY313, v.base());
        assertEquals(Strategy.PY313.toggles().on(Toggle.EXIT_RESET_BEFORE_UNLOCK), v.toggles());
        assertEquals("exit-reset-before-unlock=on", v.changes());
        assertEquals("", v.description());
        assertEquals("py313 + reset before unlock", v.model(dev.gilcheck.model.Bounds.DEFAULT).name());
    }

    @Test
    void aQuotedValueAndAValuedToggleAreRead() {
        Variant v = StrategyFile.parse(GOOD.replace("exit-reset-before-unlock: on",
                "exit-reset-before-unlock: \"on\"\n  drop-request-home: interp") + "description: two changes\n", "f");
        assertEquals("drop-request-home=interp exit-reset-before-unlock=on", v.changes());
        assertEquals("two changes", v.description());
    }

    @Test
    void eachMistakeIsOneLineSayingWhatToDo() {
        assertError("unknown strategy 'py399'", GOOD.replace("base: py313", "base: py399"));
        assertError("unknown toggle 'exit-reset'", GOOD.replace("exit-reset-before-unlock:", "exit-reset:"));
        assertError("cannot be 'sideways'", GOOD.replace(": on", ": sideways"));
        assertError("missing field 'title'", GOOD.replace("title: py313 + reset before unlock\n", ""));
        assertError("missing field 'bug'", GOOD.replace("bug: https://github.com/python/cpython/issues/96387\n", ""));
        assertError("missing field 'toggles'", GOOD.substring(0, GOOD.indexOf("toggles:")));
        assertError("bug must be a link", GOOD.replace("bug: https://", "bug: "));
        assertError("unknown field 'tittle'", GOOD + "tittle: x\n");
        assertError("is not valid YAML", "title: [unclosed\n");
        assertError("must be a YAML map", "- a list\n");
    }

    @Test
    void aMissingFileIsNamed() {
        BadInputException e = assertThrows(BadInputException.class, () -> StrategyFile.load(Path.of("no/such.yaml")));
        assertTrue(e.getMessage().startsWith("strategy file no/such.yaml does not exist"), e.getMessage());
    }

    private static void assertError(String expected, String yaml) {
        BadInputException e = assertThrows(BadInputException.class, () -> StrategyFile.parse(yaml, "patch.yaml"));
        assertTrue(e.getMessage().startsWith("patch.yaml") && e.getMessage().contains(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), e.getMessage());
    }
}
