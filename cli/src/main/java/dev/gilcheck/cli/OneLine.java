package dev.gilcheck.cli;

/**
 * An error message made safe to print on a terminal as one line: whatever the user typed is echoed
 * with control characters (terminal escapes, newlines) written as {@code \x1b}, each word longer
 * than {@value #LONGEST_WORD} characters cut, and the whole line at most {@value #LONGEST_LINE}.
 */
final class OneLine {
    static final int LONGEST_WORD = 80;
    static final int LONGEST_LINE = 2000;

    private OneLine() {
    }

    static String of(String message) {
        StringBuilder sb = new StringBuilder();
        int word = 0;
        for (int i = 0; i < message.length() && sb.length() < LONGEST_LINE; i++) {
            char c = message.charAt(i);
            word = Character.isWhitespace(c) || c == ',' ? 0 : word + 1;
            if (word == LONGEST_WORD) {
                int end = i;
                while (end < message.length() && !Character.isWhitespace(message.charAt(end))
                        && message.charAt(end) != ',') {
                    end++;
                }
                sb.append(String.format("...(%,d characters cut)", end - i));
                i = end - 1;
            } else if (c < ' ' || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                sb.append(String.format("\\x%02x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() < LONGEST_LINE ? sb.toString() : sb + "...";
    }
}
