package dev.gilcheck.model.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Reads a strategy file: a YAML map naming a base strategy, the toggles the patch changes, a title
 * and a bug link (docs/schemas/strategy-file.schema.json). For example:
 * <pre>
 * title: py313 + reset before unlock
 * base: py313
 * bug: https://github.com/python/cpython/issues/96387
 * description: take_gil's exit path resets the drop request before MUTEX_UNLOCK(gil-&gt;mutex)
 * toggles:
 *   exit-reset-before-unlock: "on"
 * </pre>
 * Anything wrong is a {@link BadInputException} whose one line names the file and what to change.
 */
public final class StrategyFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> FIELDS = Set.of("title", "base", "bug", "description", "toggles");

    private StrategyFile() {
    }

    /** The variant {@code file} describes. */
    public static Variant load(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("strategy file " + file + " does not exist: give the path of a YAML file");
        } catch (IOException e) {
            throw new BadInputException("cannot read strategy file " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    /** The variant the YAML {@code text} describes; {@code source} names it in error messages. */
    public static Variant parse(String text, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JacksonException e) {
            throw new BadInputException(source + " is not valid YAML (line " + e.getLocation().getLineNr()
                    + "): fix it so it is a map of title, base, bug, toggles");
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(source + " must be a YAML map with title, base, bug and toggles");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new BadInputException(source + ": unknown field '" + name
                        + "'; the fields are title, base, bug, toggles, description");
            }
        }
        String title = text(root, "title", source);
        Strategy base = base(text(root, "base", source), source);
        String bug = text(root, "bug", source);
        if (!bug.startsWith("https://") && !bug.startsWith("http://")) {
            throw new BadInputException(source + ": bug must be a link (http:// or https://), not '" + bug + "'");
        }
        String description = root.has("description") ? text(root, "description", source) : "";
        return new Variant(title, base, toggles(base, root.get("toggles"), source), bug, description);
    }

    private static String text(JsonNode root, String field, String source) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            throw new BadInputException(source + ": missing field '" + field + "': add " + field + ": ...");
        }
        if (!node.isValueNode() || node.asText().isBlank()) {
            throw new BadInputException(source + ": field '" + field + "' must be a non-empty string");
        }
        return node.asText().trim();
    }

    private static Strategy base(String id, String source) {
        try {
            return Strategy.byId(id);
        } catch (BadInputException e) {
            throw new BadInputException(source + ": base: " + e.getMessage());
        }
    }

    /**
     * The base's toggles with the file's changes, each applied through {@link Toggles#apply} (the one
     * place where a file's toggle names and values are read).
     */
    private static Toggles toggles(Strategy base, JsonNode node, String source) {
        if (node == null || node.isNull()) {
            throw new BadInputException(source + ": missing field 'toggles': add toggles: with NAME: VALUE lines"
                    + " (see gilcheck list)");
        }
        if (!node.isObject()) {
            throw new BadInputException(source + ": toggles must be a map of NAME: VALUE (see gilcheck list)");
        }
        Toggles t = base.toggles();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isValueNode()) {
                throw new BadInputException(source + ": toggle " + e.getKey() + " must have one value (see gilcheck list)");
            }
            try {
                t = t.apply(e.getKey() + "=" + value(e.getValue()));
            } catch (BadInputException bad) {
                throw new BadInputException(source + ": " + bad.getMessage());
            }
        }
        return t;
    }

    /** A toggle's value as written; YAML 1.1 reads a bare on/off as a boolean, which means the same. */
    private static String value(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? "on" : "off";
        }
        return v.asText().trim();
    }
}
