package dev.gilcheck.model;

import java.util.Locale;

/**
 * One value a {@link Toggle} can take: a constant of the toggle's own enum. Its id, used by the
 * command line, the catalogue and JSON output, is the constant's name in lower case with dashes
 * ({@code TAKE_GIL} is {@code take-gil}).
 */
public interface ToggleValue {
    /** The enum constant's name (every implementation is an enum). */
    String name();

    /** The value as written after {@code toggle=}. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
