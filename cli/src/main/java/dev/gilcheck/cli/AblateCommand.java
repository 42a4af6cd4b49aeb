package dev.gilcheck.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.model.Ablation;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggle;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Checks every combination of the take_gil / restore-thread toggles and reports, per site, which ones matter. */
@Command(name = "ablate", footer = "%nExample:%n  gilcheck ablate --base py314 --only entry-check,post-acquire-check --format json",
        description = "Check every combination of the take_gil / PyEval_RestoreThread toggles on"
        + " top of a base version's finalization side, and print per violation site the minimal sets of changes"
        + " that make it unreachable (and, for a site no unchanged code has, the minimal sets that bring it in).")
final class AblateCommand implements Runnable {
    enum Format { text, json }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--base", defaultValue = "py39",
            description = "the version whose finalization side (every other toggle) is kept (default ${DEFAULT-VALUE})")
    String base;

    @Option(names = "--only", split = ",", paramLabel = "TOGGLE",
            description = "ablate only these toggles (default: all of restore-check, eval-loop-check, entry-deref,"
                    + " entry-check, post-acquire-check, wait-loop-check, exit-resets-own-request,"
                    + " must-exit-reads-interp, must-exit-reads-state, exit-drop-without-tstate)")
    List<String> only = new ArrayList<>();

    @Option(names = "--threads", description = "checks run in parallel, 1 to 4 per core (default: the number of processors)")
    Integer threads;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    ModelOptions options;

    @Override
    public void run() {
        options.sequentialOnly("ablate");
        int workers = threads != null ? Threads.bounded("--threads", threads) : Runtime.getRuntime().availableProcessors();
        Strategy s = Strategy.byId(base);
        Ablation ablation = new Ablation(s, options.toggles(s), ablated(), options.bounds());
        int n = ablation.combinations().count();
        PrintWriter err = spec.commandLine().getErr();
        AtomicInteger finished = new AtomicInteger();
        List<Ablation.Outcome> outcomes = ablation.run(workers, index -> {
            int k = finished.incrementAndGet();
            if (k % Math.max(1, n / 10) == 0 || k == n) {
                err.printf("checked %d of %d combinations%n", k, n);
            }
        });
        List<Ablation.Finding> findings = ablation.findings(outcomes);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(ablation, outcomes, findings) + "\n"
                : new AblationText(ablation, outcomes, findings).render());
    }

    private List<Toggle> ablated() {
        if (only.isEmpty()) {
            return Ablation.TOGGLES;
        }
        List<Toggle> out = new ArrayList<>();
        for (String id : only) {
            Toggle t = Toggle.byId(id.trim());
            if (t == null) {
                throw new BadInputException("unknown toggle '" + id + "' in --only; ablated toggles: " + String.join(
                        ", ", Ablation.TOGGLES.stream().map(Toggle::id).toList()));
            }
            if (!out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static String json(Ablation a, List<Ablation.Outcome> outcomes, List<Ablation.Finding> findings) {
        ObjectNode root = CheckReport.boundsJson(a.bounds());
        root.put("base", a.base().id());
        root.put("kept", a.start().toString());
        ArrayNode toggles = root.putArray("ablated");
        a.toggles().forEach(t -> toggles.add(t.id()));
        ArrayNode combos = root.putArray("combinations");
        for (int c = 0; c < outcomes.size(); c++) {
            ObjectNode o = combos.addObject();
            ArrayNode opts = o.putArray("options");
            a.options(c).forEach(opts::add);
            ArrayNode sites = o.putArray("reachable");
            outcomes.get(c).sites().forEach(sites::add);
            o.put("states", outcomes.get(c).states());
            o.put("complete", outcomes.get(c).complete());
        }
        ArrayNode sites = root.putArray("sites");
        for (Ablation.Finding f : findings) {
            ObjectNode s = sites.addObject();
            s.put("site", f.site());
            s.put("reachableIn", f.reachableIn());
            s.set("minimalSufficient", optionSets(a, f.sufficient()));
            s.set("introducedBy", optionSets(a, f.introducedBy()));
            ArrayNode closed = s.putArray("closedAgainGiven");
            f.closedGiven().forEach(list -> closed.add(optionSets(a, list)));
        }
        return CheckReport.write(root);
    }

    private static ArrayNode optionSets(Ablation a, List<Integer> combinations) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int c : combinations) {
            ArrayNode set = out.addArray();
            a.options(c).forEach(set::add);
        }
        return out;
    }
}
