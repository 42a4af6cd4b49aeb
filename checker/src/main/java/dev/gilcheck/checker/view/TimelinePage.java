package dev.gilcheck.checker.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One self-contained HTML page (styles and script inline, nothing fetched) holding text and
 * {@link SvgTimeline}s, each with controls to step through it: first, previous, a slider, next,
 * last and play, or the arrow keys. The current step is highlighted, later steps are dimmed, and a
 * panel says what the current step does, with its source link. A link to {@code page.html#ID:N}
 * opens the timeline {@code ID} at step {@code N}.
 */
public final class TimelinePage {
    private final String title;
    private final StringBuilder body = new StringBuilder();

    public TimelinePage(String title) {
        this.title = title;
    }

    /** Appends an HTML fragment as it is; the caller escapes what it puts in. */
    public TimelinePage html(String fragment) {
        body.append(fragment).append('\n');
        return this;
    }

    /** Appends a timeline with its controls, under a heading and an introduction (both HTML). */
    public TimelinePage timeline(String id, String headingHtml, String introHtml, String svg) {
        body.append("<section class=\"witness\" id=\"").append(Html.escape(id)).append("\" tabindex=\"0\">\n")
                .append("<h3>").append(headingHtml).append("</h3>\n").append(introHtml).append('\n')
                .append("<div class=\"controls\">")
                .append("<button class=\"first\" title=\"first step (Home)\">&laquo;</button>")
                .append("<button class=\"prev\" title=\"previous step (left arrow)\">&lsaquo;</button>")
                .append("<input class=\"slider\" type=\"range\" min=\"1\" value=\"1\" aria-label=\"step\">")
                .append("<button class=\"next\" title=\"next step (right arrow)\">&rsaquo;</button>")
                .append("<button class=\"last\" title=\"last step (End)\">&raquo;</button>")
                .append("<button class=\"play\" title=\"play from here\">play</button>")
                .append("<span class=\"position\"></span></div>\n")
                .append("<div class=\"view\"><div class=\"lanes\">\n").append(svg)
                .append("</div><aside class=\"panel\"></aside></div>\n</section>\n");
        return this;
    }

    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + resource("timeline.css") + "</style>\n"
                + "</head>\n<body>\n" + body + "<script>\n" + resource("timeline.js") + "</script>\n</body>\n</html>\n";
    }

    private static String resource(String name) {
        try (InputStream in = TimelinePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the checker jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
