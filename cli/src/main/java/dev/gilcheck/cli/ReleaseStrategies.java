package dev.gilcheck.cli;

import dev.gilcheck.checker.BadInputException;
import dev.gilcheck.model.Strategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CPython releases reproduce knows, each with the strategy that is its code. */
final class ReleaseStrategies {
    private static final Map<String, String> RELEASES = new LinkedHashMap<>();

    static {
        RELEASES.put("3.9.18", "py39");
        RELEASES.put("3.12.1", "py312");
        RELEASES.put("3.13.0", "py313");
    }

    private ReleaseStrategies() {
    }

    static List<String> releases() {
        return List.copyOf(RELEASES.keySet());
    }

    static Strategy of(String release) {
        String id = RELEASES.get(release);
        if (id == null) {
            throw new BadInputException("unknown release " + release + ": use one of " + String.join(", ", RELEASES.keySet()));
        }
        return Strategy.byId(id);
    }
}
