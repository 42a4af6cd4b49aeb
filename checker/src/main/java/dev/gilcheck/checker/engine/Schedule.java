package dev.gilcheck.checker.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run written as the fiber of each step: {@code "M M D1 D1.timeout D2"}. A token is a fiber name,
 * followed by {@code .tag} when the fiber's next step has several alternatives.
 */
public record Schedule(List<Token> tokens) {
    private static final Pattern TOKEN = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)(?:\\.([a-z][a-z0-9-]*))?");

    /** One step: the fiber's name, and the alternative's tag or null. */
    public record Token(String fiber, String tag) {
        @Override
        public String toString() {
            return tag == null ? fiber : fiber + "." + tag;
        }
    }

    public Schedule {
        tokens = List.copyOf(tokens);
    }

    public static Schedule parse(String text) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && isSeparator(text.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int start = i;
            while (i < n && !isSeparator(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i);
            Matcher m = TOKEN.matcher(word);
            if (!m.matches()) {
                throw new BadInputException("malformed schedule: token " + (out.size() + 1) + " '" + word
                        + "' at character " + (start + 1)
                        + " is not a fiber name such as M, D1 or D1.timeout; separate steps with spaces");
            }
            out.add(new Token(m.group(1), m.group(2)));
        }
        if (out.isEmpty()) {
            throw new BadInputException("empty schedule: give the fiber of each step, e.g. \"M M D1 D2\"");
        }
        return new Schedule(out);
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || c == ',';
    }

    public int length() {
        return tokens.size();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
