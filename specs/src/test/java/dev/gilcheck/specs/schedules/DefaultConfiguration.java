package dev.gilcheck.specs.schedules;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.random.ChoiceScheduler;
import dev.gilcheck.checker.random.Run;
import dev.gilcheck.checker.random.Runner;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.catalogue.Catalogue;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One strategy at its catalogue's default configuration: the system, the sites the catalogue
 * expects reachable, and the shortest witness the exhaustive search finds for each site it finds.
 * Built once per strategy and shared by the suites.
 */
final class DefaultConfiguration {
    private static final Map<Strategy, DefaultConfiguration> BUILT = new EnumMap<>(Strategy.class);

    final Strategy strategy;
    final FiberSystem system;
    final List<String> reachable;
    final Map<String, Witness> exhaustive;
    final long exhaustiveStates;
    private final Runner runner;

    private DefaultConfiguration(Strategy strategy) {
        Catalogue catalogue = Catalogue.of(strategy);
        Catalogue.Configuration config = catalogue.configurations().stream()
                .filter(c -> c.name().equals("default")).findFirst().orElseThrow();
        CPythonModel model = catalogue.model(config);
        this.strategy = strategy;
        this.system = model.system();
        this.reachable = config.reachable().stream().map(Catalogue.Expected::site).toList();
        Check check = Check.run(model);
        this.exhaustive = new LinkedHashMap<>();
        for (Witness w : check.result().witnesses()) {
            exhaustive.put(w.violation().siteKey(), w);
        }
        this.exhaustiveStates = check.result().stats().states();
        this.runner = new Runner(system, Invariant.MAIN_THREAD_EXITS.id(), Runner.defaultMaxSteps(system));
    }

    static synchronized DefaultConfiguration of(Strategy strategy) {
        return BUILT.computeIfAbsent(strategy, DefaultConfiguration::new);
    }

    Runner runner() {
        return runner;
    }

    /** The run a list of choices makes (see {@link ChoiceScheduler}). */
    Run run(List<Integer> choices) {
        return runner.run(new ChoiceScheduler(choices, system.fibers().size()), 0);
    }
}
