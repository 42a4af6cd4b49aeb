package dev.gilcheck.checker.view;

/** Escaping for text and attribute values in HTML and SVG. */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code <a href="url">text</a>} opening in a new tab, or just the text when there is no url. */
    public static String link(String url, String text) {
        if (url == null) {
            return escape(text);
        }
        return "<a href=\"" + escape(url) + "\" target=\"_blank\" rel=\"noopener\">" + escape(text) + "</a>";
    }
}
