package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.SearchProgress;
import dev.gilcheck.checker.view.Prose;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.History;
import dev.gilcheck.model.SourceLink;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggle;
import dev.gilcheck.model.api.StrategyFile;
import dev.gilcheck.model.api.Variant;
import dev.gilcheck.model.catalogue.Catalogue;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

    @Parameters(index = "0", arity = "0..1", paramLabel = "STRATEGY", description = "the strategy (see gilcheck list)")
    String strategy;

    @Option(names = "--strategy-file", paramLabel = "FILE",
            description = "explain a user's variant (a YAML strategy file) against its base strategy instead")
    Path strategyFile;

    @Mixin
    ModelOptions options;

    @Mixin
    LaneOptions lanes;

    @Mixin
    ProgressOption shown;

    /**
     * What the story tells besides the two checks: a heading, the commit, the bug and a paragraph; the
     * version compared with (null for the first) and whose catalogue says why a site closed or remains.
     */
    private record Story(String heading, Strategy commit, String bug, String prose, Strategy before, Strategy why) {
    }

    @Override
    public void run() {
        lanes.check();
        if ((strategy == null) == (strategyFile == null)) {
            throw new BadInputException("name a strategy, or give --strategy-file FILE: one of the two");
        }
        Function<CPythonModel, SearchProgress> progress = m -> shown.of(spec.commandLine().getErr(), "explain " + m.name());
        if (strategyFile != null) {
            Variant v = StrategyFile.load(strategyFile);
            History h = History.against(options.model(v), options.model(v.base()), progress);
            String heading = "variant " + v.title() + " on " + Catalogue.heading(v.base());
            spec.commandLine().getOut().print(text(new Story(heading, v.base(), v.bug(), v.description(), v.base(),
                    v.base()), h));
            return;
        }
        Strategy s = Strategy.byId(strategy);
        Catalogue entry = Catalogue.of(s);
        History h = History.of(s, options::model, progress);
        spec.commandLine().getOut().print(text(new Story(Catalogue.heading(s), s, entry.bug(), entry.story(),
                History.previous(s), s), h));
    }

    private String text(Story story, History h) {
        int width = Math.min(PROSE, lanes.style().width());
        StringBuilder sb = new StringBuilder();
        sb.append(story.heading()).append('\n');
        sb.append("commit ").append(SourceLink.commit(story.commit())).append('\n');
        sb.append("bug    ").append(story.bug()).append('\n');
        if (!options.overrides().isEmpty()) {
            sb.append("toggles changed on both versions: ").append(options.overrides()).append('\n');
        }
        sb.append('\n');
        if (!story.prose().isEmpty()) {
            sb.append(Prose.wrap(story.prose(), width, "")).append('\n');
        }
        Strategy previous = story.before();
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
        sb.append('\n').append(String.format("Checked at %s %s: %s", now.model().bounds(), now.model().memory().under(), outcome(now)));
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
        sites(sb, "Windows it opened", h.opened(), story.why(), width);
        if (previous != null) {
            sites(sb, "Windows that remain", h.remaining(), story.why(), width);
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
