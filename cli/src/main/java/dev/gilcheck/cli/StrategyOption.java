package dev.gilcheck.cli;

import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Strategy;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The strategy to build, with the size and toggles of {@link ModelOptions}. */
final class StrategyOption {
    @Option(names = {"-s", "--strategy"}, required = true, description = "the strategy (see gilcheck list)")
    String strategy;

    @Mixin
    ModelOptions options;

    CPythonModel model() {
        return options.model(Strategy.byId(strategy));
    }
}
