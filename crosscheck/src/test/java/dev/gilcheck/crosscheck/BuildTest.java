package dev.gilcheck.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gilcheck.crosscheck.port.Build;
import dev.gilcheck.model.Toggle;
import dev.gilcheck.model.Toggles;
import org.junit.jupiter.api.Test;

/** Build.models names exactly the toggles a build can differ in: the others are refused, never ignored. */
class BuildTest {
    @Test
    void theModelledTogglesAreTheOnesThatChangeTheBuild() {
        Build base = Build.of(Toggles.none());
        for (Toggle t : Toggle.values()) {
            boolean changes = t.choices().stream().anyMatch(v -> !Build.of(Toggles.none().with(t, v)).equals(base));
            assertEquals(changes, Build.models(t), t.id());
        }
    }
}
