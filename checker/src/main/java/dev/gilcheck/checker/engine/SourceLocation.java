package dev.gilcheck.checker.engine;

/**
 * A {@link Site#location()} taken apart: {@code "dir/file.c:123 @rev"}, {@code "file.c:~120 @rev"}
 * (an approximate line) or {@code "file.c @rev"} (no line known).
 *
 * @param file        the source file
 * @param line        the line number, or 0 when none is known
 * @param approximate whether the line is only near the statement (written {@code ~N})
 * @param revision    the revision after {@code @}, or empty
 */
public record SourceLocation(String file, int line, boolean approximate, String revision) {

    public static SourceLocation parse(String location) {
        String where = location;
        String revision = "";
        int at = location.lastIndexOf(" @");
        if (at >= 0) {
            where = location.substring(0, at);
            revision = location.substring(at + 2);
        }
        int colon = where.lastIndexOf(':');
        if (colon >= 0 && where.substring(colon + 1).matches("~?\\d+")) {
            String number = where.substring(colon + 1);
            boolean approximate = number.startsWith("~");
            return new SourceLocation(where.substring(0, colon),
                    Integer.parseInt(approximate ? number.substring(1) : number), approximate, revision);
        }
        return new SourceLocation(where, 0, false, revision);
    }

    public boolean hasLine() {
        return line > 0;
    }

    /** The line as a label: {@code ":123"}, {@code ":~120"}, or empty when none is known. */
    public String lineLabel() {
        return hasLine() ? ":" + (approximate ? "~" : "") + line : "";
    }
}
