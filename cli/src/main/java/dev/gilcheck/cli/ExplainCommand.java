package dev.gilcheck.cli;

import dev.gilcheck.checker.Prose;
import dev.gilcheck.checker.Witness;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.History;
import dev.gilcheck.model.SourceLink;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggle;
import dev.gilcheck.model.catalogue.Catalogue;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The story of one version: what it changed since the version before, which windows that closed,
 * which it opened and which remain (computed by checking both), then its shortest witness.
 */
@Command(name = "explain", footer = "%nExample:%n  gilcheck explain fix4-a36adfa --width 100" + Help.SCHEDULES,
        description = "Tell the story of one version: what changed since the version before,"
        + " which windows it closed, which remain (both versions are checked), and its shortest witness as"
        + " swimlanes.")
final class ExplainCommand implements Runnable {
    private static final int PROSE = 100;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "STRATEGY", description = "the strategy (see gilcheck list)")
    String strategy;

    @Mixin
    ModelOptions options;

    @Mixin
    LaneOptions lanes;

    @Mixin
    ProgressOption shown;

    @Override
    public void run() {
        lanes.check();
        Strategy s = Strategy.byId(strategy);
        History h = History.of(s, options::model, m -> shown.of(spec.commandLine().getErr(), "explain " + m.strategy().id()));
        spec.commandLine().getOut().print(text(s, h));
    }

    private String text(Strategy s, History h) {
        Catalogue entry = Catalogue.of(s);
        int width = Math.min(PROSE, lanes.style().width());
        StringBuilder sb = new StringBuilder();
        sb.append(Catalogue.heading(s)).append('\n');
        sb.append("commit ").append(SourceLink.commit(s)).append('\n');
        sb.append("bug    ").append(entry.bug()).append('\n');
        if (!options.overrides().isEmpty()) {
            sb.append("toggles changed on both versions: ").append(options.overrides()).append('\n');
        }
        sb.append('\n');
        sb.append(Prose.wrap(entry.story(), width, "")).append('\n');
        Strategy previous = History.previous(s);
        Check now = h.now();
        if (previous == null) {
            sb.append("This is the first version modelled.\n");
        } else {
            sb.append("What changed since ").append(previous.id()).append(":\n");
            for (String change : h.changes()) {
                sb.append("  ").append(change).append('\n');
                Toggle t = Toggle.byId(change.substring(0, change.indexOf(':')));
                sb.append(Prose.wrap(t.doc(), width, "      "));
            }
            if (h.changes().isEmpty()) {
                sb.append("  (no modelled toggle differs)\n");
            }
        }
        sb.append('\n').append(String.format("Checked at %s: %s", now.model().bounds(), outcome(now)));
        if (previous != null) {
            sb.append(String.format("; %s: %s", previous.id(), outcome(h.before())));
        }
        sb.append(".\n");
        if (!h.complete()) {
            sb.append(CheckReport.incompleteNotes(h.checks()));
            sb.append("The windows below are what the searches met before they stopped: a window missing from a"
                    + " list may still be there.\n");
        }
        if (previous != null) {
            sites(sb, "Windows it closed", h.closed(), previous, width);
        }
        sites(sb, "Windows it opened", h.opened(), s, width);
        if (previous != null) {
            sites(sb, "Windows that remain", h.remaining(), s, width);
        }
        Witness w = h.shortest();
        sb.append('\n');
        if (w == null) {
            sb.append("No violation is reachable at these bounds: there is no witness to show.\n");
            return sb.toString();
        }
        sb.append(String.format("Shortest witness: %s (%d steps)%n", w.violation().siteKey(), w.length()));
        sb.append("replay it: ").append(CheckReport.replayCommand(now.model(), w)).append(" --swimlane\n\n");
        sb.append(lanes.render(now.model(), now.model().system(), w.trace()));
        return sb.toString();
    }

    private static String outcome(Check c) {
        return String.format("%s, %,d states%s", c.result().verdict(), c.result().stats().states(),
                c.result().complete() ? "" : " (INCOMPLETE)");
    }

    private static void sites(StringBuilder sb, String title, List<Witness> witnesses, Strategy whyFrom, int width) {
        sb.append('\n').append(title).append(witnesses.isEmpty() ? ": none.\n" : ":\n");
        for (Witness w : witnesses) {
            sb.append(String.format("  - %s (%d steps)%n", w.violation().siteKey(), w.length()));
            String why = Catalogue.why(whyFrom, w.violation().siteKey());
            sb.append(Prose.wrap(why == null ? "(the catalogue has no reason for this site at other bounds)" : why,
                    width, "      "));
        }
    }
}
