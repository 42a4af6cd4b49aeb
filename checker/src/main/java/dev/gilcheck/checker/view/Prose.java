package dev.gilcheck.checker.view;

/** Paragraphs wrapped to a width, for text meant to be read in a terminal. */
public final class Prose {
    private Prose() {
    }

    /** Wraps each paragraph of {@code text} (paragraphs are separated by newlines) to {@code width}. */
    public static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : text.strip().split("\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            StringBuilder line = new StringBuilder(indent);
            for (String word : paragraph.trim().split("\\s+")) {
                if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                    out.append(line).append('\n');
                    line = new StringBuilder(indent);
                }
                if (line.length() > indent.length()) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
