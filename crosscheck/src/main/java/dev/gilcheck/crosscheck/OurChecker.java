package dev.gilcheck.crosscheck;

import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.checker.search.Verdict;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.SourceMap;
import dev.gilcheck.model.Step;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggles;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our exhaustive checker's verdict on one strategy: every reachable site with its shortest
 * witness. A site is keyed by its step's usual function and action: the model names a site after
 * the function it sits in at the strategy's commit (PyEval_EvalFrameEx in 3.2, say), and the port
 * cannot know that.
 */
record OurChecker(Map<String, Witnessed> findings, double seconds, boolean complete) {

    /** A site our checker reaches: the shortest witness's length and how often it changes thread. */
    record Witnessed(int length, int threadSwitches, String schedule) {
    }

    static OurChecker check(Strategy strategy, Toggles toggles, Bounds bounds) {
        long start = System.nanoTime();
        SearchResult result = Check.run(new CPythonModel(strategy, toggles, bounds)).result();
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Step> steps = new HashMap<>();
        SourceMap sources = new SourceMap(strategy);
        for (Step step : Step.values()) {
            steps.put(sources.site(step).key(), step);
        }
        Map<String, Witnessed> findings = new LinkedHashMap<>();
        for (Witness w : result.witnesses()) {
            String key = w.violation().site().key();
            Step step = steps.get(key);
            String site = step == null ? key : step.function() + ": " + step.action();
            findings.put(w.violation().invariant() + " @ " + site,
                    new Witnessed(w.length(), switches(w), w.schedule().toString()));
        }
        return new OurChecker(findings, seconds, result.complete());
    }

    /** VIOLATED when a site is reached, SAFE when the search covered every state, else UNKNOWN. */
    Verdict verdict() {
        return !findings.isEmpty() ? Verdict.VIOLATED : complete ? Verdict.SAFE : Verdict.UNKNOWN;
    }

    private static int switches(Witness w) {
        List<dev.gilcheck.checker.engine.Schedule.Token> tokens = w.schedule().tokens();
        int n = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (!tokens.get(i).fiber().equals(tokens.get(i - 1).fiber())) {
                n++;
            }
        }
        return n;
    }
}
