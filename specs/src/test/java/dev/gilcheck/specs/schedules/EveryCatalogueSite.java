package dev.gilcheck.specs.schedules;

import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.random.Hit;
import dev.gilcheck.checker.random.Run;
import dev.gilcheck.checker.random.ScheduleShrinker;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Runs a property once per target, a site the catalogue calls reachable in a strategy's default
 * configuration, and expects jqwik to falsify it each time: to find a schedule that reaches the
 * site and shrink it. jqwik shrinks one element at a time, so it stops in local minima where two
 * changes only work together (drop a burst and shorten another); which sites stop there depends
 * on the seed. The shrunk schedule is therefore run again and handed to the engine's delta
 * debugging (the shrinker `gilcheck fuzz` uses, each candidate re-checked by replay), and the
 * result must reach the site in at most twice the steps of the exhaustive search's shortest
 * witness. The property passes when every target passes; a table of the targets (tries to the
 * first failing schedule, its length, jqwik's shrunk length, the final length, the shortest)
 * goes to jqwik's report.
 */
public final class EveryCatalogueSite implements AroundPropertyHook {
    /** A site to reach in one strategy. */
    record Target(DefaultConfiguration config, String site) {
    }

    private static volatile Target current;

    /** The target of the property run under way. */
    static Target target() {
        return current;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        List<String> problems = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n%-22s %-78s %6s %6s %6s %6s %6s%n",
                "strategy", "site", "tries", "found", "jqwik", "ddmin", "BFS"));
        PropertyExecutionResult last = null;
        for (Strategy s : Strategy.values()) {
            DefaultConfiguration config = DefaultConfiguration.of(s);
            for (String site : config.reachable) {
                current = new Target(config, site);
                last = property.execute();
                String problem = judge(current, last, table);
                if (problem != null) {
                    problems.add(s.id() + " / " + site + ": " + problem);
                }
            }
        }
        current = null;
        context.reporter().publishValue("witnesses", table.toString());
        return problems.isEmpty() ? last.mapToSuccessful() : last.mapToFailed(String.join("\n", problems));
    }

    private static String judge(Target t, PropertyExecutionResult result, StringBuilder table) {
        Witness shortest = t.config().exhaustive.get(t.site());
        if (shortest == null) {
            return "the exhaustive search does not reach it (see CatalogueTest)";
        }
        if (result.status() != PropertyExecutionResult.Status.FAILED || result.shrunkSample().isEmpty()) {
            return "jqwik found no schedule that reaches it in " + result.countTries() + " tries";
        }
        Optional<Trace> found = witness(t, result.originalSample().orElseThrow().parameters());
        Optional<Trace> shrunk = witness(t, result.shrunkSample().orElseThrow().parameters());
        if (found.isEmpty() || shrunk.isEmpty()) {
            return "jqwik's failing schedule does not reach the site: " + result.throwable().orElse(null);
        }
        Witness last = new ScheduleShrinker(t.config().system, Invariant.MAIN_THREAD_EXITS.id())
                .shrink(shortest.violation(), shrunk.get().schedule());
        table.append(String.format("%-22s %-78.78s %6d %6d %6d %6d %6d%n", t.config().strategy.id(), t.site(),
                result.countTries(), found.get().length(), shrunk.get().length(), last.length(), shortest.length()));
        if (last.length() > 2 * shortest.length()) {
            return "jqwik shrank it to " + shrunk.get().length() + " steps and delta debugging to " + last.length()
                    + " (" + last.schedule() + "), more than twice the shortest witness, " + shortest.length()
                    + " steps";
        }
        return null;
    }

    /** The run of {@code parameters}' schedule up to where it reaches the target, replayed. */
    @SuppressWarnings("unchecked")
    private static Optional<Trace> witness(Target t, List<Object> parameters) {
        Run run = t.config().run((List<Integer>) parameters.get(0));
        for (Hit hit : run.hits()) {
            if (hit.violation().siteKey().equals(t.site())) {
                return Optional.of(new Replayer(t.config().system).replay(run.path(hit.steps())));
            }
        }
        return Optional.empty();
    }
}
