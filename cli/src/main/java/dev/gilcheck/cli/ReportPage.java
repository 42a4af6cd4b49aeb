package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.Blame;
import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Hang;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.view.Html;
import dev.gilcheck.checker.view.SvgTimeline;
import dev.gilcheck.checker.view.TimelinePage;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.History;
import dev.gilcheck.model.SourceLink;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.catalogue.Catalogue;
import java.util.List;

/**
 * The HTML report: per version, its story from the catalogue, what changed, the sites it closed,
 * opened and kept, and each witness as a timeline to step through, every step linked to the
 * CPython source at that version's commit.
 */
final class ReportPage {
    private final TimelinePage page;

    /** @param overrides the -t options applied to every version, or "" */
    ReportPage(String title, String bounds, String overrides) {
        page = new TimelinePage(title);
        page.html("<h1>" + Html.escape(title) + "</h1>");
        page.html("<p class=\"meta\">Written by gilcheck from an exhaustive check of every interleaving at " + Html.escape(
                bounds) + (overrides.isEmpty() ? "" : ", with toggles changed on every version: <code>"
                + Html.escape(overrides) + "</code>") + ". Each witness is the shortest run to its violation site: step through it with the"
                + " buttons or the arrow keys; each step links to the C source it models.</p>");
    }

    /** A table of the versions with their verdicts, each row linking to its section. */
    void summary(List<History> histories) {
        StringBuilder sb = new StringBuilder("<table class=\"summary\"><tr><th>version</th><th>commit</th>"
                + "<th>verdict</th><th>states</th><th>sites</th><th>shortest witness</th></tr>\n");
        for (History h : histories) {
            Strategy s = h.now().model().strategy();
            Witness w = h.shortest();
            String verdict = h.now().result().verdict().name();
            String shown = h.now().result().complete() ? verdict : verdict + " (INCOMPLETE)";
            sb.append("<tr><td><a href=\"#").append(s.id()).append("\">").append(s.id()).append("</a></td><td>")
                    .append(Html.link(SourceLink.commit(s), s.shortCommit())).append("</td><td class=\"verdict-")
                    .append(verdict).append("\">").append(shown).append("</td><td>")
                    .append(String.format("%,d", h.now().result().stats().states())).append("</td><td>")
                    .append(h.now().result().witnesses().size()).append("</td><td>")
                    .append(w == null ? "&mdash;" : w.length() + " steps: " + Html.escape(w.violation().siteKey()))
                    .append("</td></tr>\n");
        }
        page.html(sb.append("</table>").toString());
    }

    void version(History h) {
        Check now = h.now();
        Strategy s = now.model().strategy();
        Catalogue entry = Catalogue.of(s);
        page.html("<h2 id=\"" + s.id() + "\">" + Html.escape(Catalogue.heading(s)) + "</h2>");
        page.html("<p class=\"meta\">commit " + Html.link(SourceLink.commit(s), s.commit()) + " &middot; bug "
                + Html.link(entry.bug(), entry.bug()) + " &middot; toggles <code>"
                + Html.escape(now.model().toggles().toString()) + "</code></p>");
        for (String paragraph : entry.story().split("\n")) {
            if (!paragraph.isBlank()) {
                page.html("<p>" + Html.escape(paragraph) + "</p>");
            }
        }
        Strategy previous = History.previous(s);
        if (!h.complete()) {
            page.html("<p><b>INCOMPLETE:</b> " + Html.escape(CheckReport.incompleteNotes(h.checks()))
                    + " The lists below hold what the searches met before they stopped: a missing site may still be"
                    + " reachable.</p>");
        }
        if (previous != null) {
            page.html("<p><b>Changed since <a href=\"#" + previous.id() + "\">" + previous.id() + "</a>:</b> <code>"
                    + Html.escape(String.join("; ", h.changes())) + "</code></p>");
            sites("Closed", h.closed(), previous);
        }
        sites("Opened", h.opened(), s);
        if (previous != null) {
            sites("Remaining", h.remaining(), s);
        }
        String verdict = now.result().verdict().name();
        page.html("<p>Verdict: <span class=\"verdict-" + verdict + "\">" + verdict + "</span> ("
                + Html.escape(CheckReport.statsLine(now.result(), false)) + ")</p>");
        FiberSystem system = now.model().system();
        List<String> fibers = system.fibers().stream().map(Fiber::name).toList();
        int n = 0;
        for (Witness w : now.result().witnesses()) {
            n++;
            List<Blame.Cause> causes = now.model().culprits(system, w.trace());
            Hang hang = Hang.of(system, w);
            String svg = SvgTimeline.render(w.trace(), fibers, causes, hang == null ? 0 : hang.step(),
                    t -> SourceLink.of(s, t.site()));
            page.timeline(s.id() + "-" + n, Html.escape(w.violation().siteKey()) + " <span class=\"meta\">("
                    + w.length() + " steps)</span>", intro(now, w, causes) + hangText(hang), svg);
        }
    }

    private void sites(String title, List<Witness> witnesses, Strategy whyFrom) {
        StringBuilder sb = new StringBuilder("<p><b>" + title + ":</b> ");
        if (witnesses.isEmpty()) {
            page.html(sb.append("none.</p>").toString());
            return;
        }
        sb.append("</p><ul>");
        for (Witness w : witnesses) {
            String why = Catalogue.why(whyFrom, w.violation().siteKey());
            sb.append("<li><code>").append(Html.escape(w.violation().siteKey())).append("</code> (")
                    .append(w.length()).append(" steps)").append(why == null ? "" : ": " + Html.escape(why))
                    .append("</li>");
        }
        page.html(sb.append("</ul>").toString());
    }

    private static String intro(Check now, Witness w, List<Blame.Cause> causes) {
        Strategy s = now.model().strategy();
        StringBuilder sb = new StringBuilder();
        String why = Catalogue.why(s, w.violation().siteKey());
        if (why != null) {
            sb.append("<p>").append(Html.escape(why)).append("</p>");
        }
        for (Blame.Cause c : causes) {
            sb.append("<p class=\"meta\">Step ").append(c.step()).append(" (highlighted yellow) set <code>")
                    .append(Html.escape(c.field().name())).append("</code>; without it the last step (red) would break"
                    + " nothing.</p>");
        }
        sb.append("<p class=\"meta\">Schedule: <code>").append(Html.escape(w.schedule().toString()))
                .append("</code> &mdash; <code>").append(Html.escape(CheckReport.replayCommand(now.model(), w)))
                .append(" --swimlane</code></p>");
        return sb.toString();
    }

    /** Where the main thread blocks for good and why no one can wake it; "" for a witness that is no hang. */
    private static String hangText(Hang hang) {
        if (hang == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<p class=\"hang\"><b>Hang:</b> after step ").append(hang.step())
                .append(" (highlighted orange) ").append(Html.escape(hang.blocks()))
                .append(". No thread can wake it:</p><ul class=\"hang\">");
        hang.others().forEach(o -> sb.append("<li>").append(Html.escape(o)).append("</li>"));
        return sb.append("</ul>").toString();
    }

    String render() {
        return page.render();
    }
}
