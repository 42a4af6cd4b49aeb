package dev.gilcheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.TraceStep;
import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.checker.search.Stats;
import dev.gilcheck.checker.view.TraceText;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.Toggle;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The result of a check as text for people and as JSON for scripts (docs/schemas/check.schema.json). */
final class CheckReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static final String MEMORY_HINT = "hint: store fingerprints (check --fingerprint), reduce (check --symmetry),"
            + " check fewer --daemons, --loops or --releases, or give Java more heap (JAVA_OPTS=-Xmx2g ./gilcheck ...)";

    private CheckReport() {
    }

    /** A site a search did not reach: '.' (unreachable) after a complete search, '?' (unknown) after one that stopped. */
    static String notFound(SearchResult r) {
        return r.complete() ? "." : "?";
    }

    /** For each check that stopped early, a line saying why; then what '?' means and, for memory, what to do. */
    static String incompleteNotes(List<Check> checks) {
        StringBuilder sb = new StringBuilder();
        boolean memory = false;
        for (Check c : checks) {
            if (!c.result().complete()) {
                sb.append("INCOMPLETE ").append(c.model().name()).append(": ").append(c.result().stopMessage())
                        .append('\n');
                memory |= c.result().stoppedForMemory();
            }
        }
        if (sb.length() > 0) {
            sb.append("'?': not found before the search stopped, which proves nothing; SAFE is never claimed there\n");
        }
        return memory ? sb + MEMORY_HINT + "\n" : sb.toString();
    }

    /**
     * The command that replays {@code w} on {@code model}: its release (whose lines label the steps) or
     * strategy, bounds and toggles, and the schedule.
     */
    static String replayCommand(CPythonModel model, Witness w) {
        String target = model.release() == null ? "-s " + model.strategy().id() : "--release " + model.release().version();
        return "gilcheck replay " + target + ModelOptions.arguments(model) + " --schedule \""
                + w.schedule() + "\"";
    }

    static String text(Check check, boolean timing) {
        return text(check, timing, TraceText::format);
    }

    /** The report with each witness's trace written by {@code traces}. */
    static String text(Check check, boolean timing, Function<Trace, String> traces) {
        SearchResult r = check.result();
        StringBuilder sb = new StringBuilder(modelText(check.model()));
        sb.append(statsLine(r, timing)).append('\n');
        if (!r.collisionNote().isEmpty()) {
            sb.append(r.collisionNote()).append('\n');
        }
        if (r.stoppedForMemory()) {
            sb.append(MEMORY_HINT).append('\n');
        }
        sb.append("verdict: ").append(r.verdict());
        if (r.violated()) {
            sb.append(" at ").append(r.witnesses().size()).append(r.witnesses().size() == 1 ? " site" : " sites");
        }
        sb.append(' ').append(check.model().memory().under()).append('\n');
        int n = 0;
        for (Witness w : r.witnesses()) {
            sb.append(witnessText(++n, w, "", traces));
        }
        return sb.toString();
    }

    /** The strategy, its bounds and its toggles (saying which -t changed), a line each. */
    static String modelText(CPythonModel model) {
        String toggles = model.toggles().toString();
        String changed = ModelOptions.toggleArguments(model);
        String release = model.release() == null ? "" : "release " + model.release().version() + ", ";
        return variantPrefix(model) + release + "strategy " + model.strategy().id() + " (" + model.strategy().commit() + "): "
                + model.strategy().summary() + "\n" + "bounds: " + model.bounds() + "\n" + "toggles: "
                + (toggles.isEmpty() ? "(none)" : toggles) + (changed.isEmpty() ? "" : " (changed with" + changed + ")")
                + "\n";
    }

    /** "variant TITLE on " for a user's variant, "" for a strategy as it is. */
    static String variantPrefix(CPythonModel model) {
        return model.title() == null ? "" : "variant " + model.title() + " on ";
    }

    /** Witness number {@code n}: its site and length, {@code about} it, its schedule and its trace. */
    static String witnessText(int n, Witness w, String about, Function<Trace, String> traces) {
        Violation v = w.violation();
        StringBuilder sb = new StringBuilder();
        sb.append('\n').append(n).append(". ").append(v.invariant()).append(" at ").append(v.site().key())
                .append(" (").append(v.site().label()).append(")  (").append(w.length()).append(" steps)\n");
        if (!about.isEmpty()) {
            sb.append("   ").append(about).append('\n');
        }
        sb.append("   schedule: ").append(w.schedule()).append('\n');
        sb.append(traces.apply(w.trace()).indent(3));
        return sb.toString();
    }

    static String statsLine(SearchResult r, boolean timing) {
        Stats s = r.stats();
        String line = String.format("explored %,d states, %,d transitions, depth %d", s.states(), s.transitions(),
                s.depth());
        if (timing) {
            line += String.format(", %.2f s, %,.0f states/s", s.seconds(), s.statesPerSecond());
        }
        return line + (r.complete() ? " (complete)" : " (INCOMPLETE: " + r.stopMessage() + ")");
    }

    static String json(Check check, boolean timing) {
        SearchResult r = check.result();
        ObjectNode root = modelJson(check.model());
        verdictJson(root, r);
        if (!r.collisionNote().isEmpty()) {
            root.put("collisionNote", r.collisionNote());
        }
        ArrayNode violations = root.putArray("violations");
        for (Witness w : r.witnesses()) {
            witnessJson(violations.addObject(), w);
        }
        Stats s = r.stats();
        ObjectNode stats = root.putObject("stats");
        stats.put("states", s.states());
        stats.put("transitions", s.transitions());
        stats.put("depth", s.depth());
        seconds(stats, timing, s.seconds());
        return write(root);
    }

    /** Puts the verdict, whether the search was complete and, if not, why it stopped and what to do. */
    static void verdictJson(ObjectNode root, SearchResult r) {
        root.put("verdict", r.verdict().name());
        root.put("complete", r.complete());
        if (!r.complete()) {
            root.put("stopReason", r.stopMessage());
        }
        if (r.stoppedForMemory()) {
            root.put("hint", MEMORY_HINT);
        }
    }

    /** Puts the -t settings given on the command line, as an array of "name=value". */
    static void overridesJson(ObjectNode root, List<String> settings) {
        ArrayNode overrides = root.putArray("overrides");
        settings.forEach(s -> overrides.add(s.trim()));
    }

    /** A JSON object holding the strategy, its commit, toggles and bounds. */
    static ObjectNode modelJson(CPythonModel model) {
        ObjectNode root = JSON.createObjectNode();
        if (model.release() != null) {
            root.put("release", model.release().version());
        }
        if (model.title() != null) {
            root.put("variant", model.title());
        }
        root.put("strategy", model.strategy().id());
        root.put("commit", model.strategy().commit());
        ObjectNode toggles = root.putObject("toggles");
        for (Map.Entry<Toggle, String> e : model.toggles().asMap().entrySet()) {
            toggles.put(e.getKey().id(), e.getValue());
        }
        boundsJson(root, model.bounds());
        root.put("memoryModel", model.memory().id());
        return root;
    }

    /** A JSON object holding only the bounds. */
    static ObjectNode boundsJson(Bounds b) {
        ObjectNode root = JSON.createObjectNode();
        boundsJson(root, b);
        return root;
    }

    private static void boundsJson(ObjectNode root, Bounds b) {
        ObjectNode bounds = root.putObject("bounds");
        bounds.put("daemons", b.daemons());
        bounds.put("loops", b.loops());
        bounds.put("releases", b.releases());
        bounds.put("cthreads", b.cthreads());
        if (b.newThreads() > 0) {
            bounds.put("newThreads", b.newThreads());
        }
    }

    /** Puts a witness's invariant, site, length, schedule and trace into {@code v}. */
    static void witnessJson(ObjectNode v, Witness w) {
        v.put("invariant", w.violation().invariant());
        v.put("site", w.violation().site().key());
        v.put("fatal", w.violation().fatal());
        v.put("length", w.length());
        v.put("schedule", w.schedule().toString());
        v.set("trace", trace(w));
    }

    /** Wall-clock seconds only when asked for: they vary from run to run. */
    static void seconds(ObjectNode stats, boolean timing, double seconds) {
        if (timing) {
            stats.put("seconds", seconds);
        } else {
            stats.putNull("seconds");
        }
    }

    static String write(com.fasterxml.jackson.databind.JsonNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode trace(Witness w) {
        ArrayNode steps = JSON.createArrayNode();
        for (TraceStep t : w.trace().steps()) {
            ObjectNode step = steps.addObject();
            step.put("step", t.number());
            step.put("fiber", t.fiber());
            step.put("token", t.token().toString());
            step.put("function", t.site().function());
            step.put("location", t.site().location());
            step.put("action", t.site().action());
            step.put("detail", t.detail());
            ArrayNode broken = step.putArray("violations");
            for (Violation v : t.violations()) {
                broken.add(v.invariant());
            }
        }
        return steps;
    }
}
