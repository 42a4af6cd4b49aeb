package dev.gilcheck.cli;

import dev.gilcheck.checker.BadInputException;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Release;
import dev.gilcheck.model.Releases;
import dev.gilcheck.model.Strategy;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The strategy to build, named directly or as the code of a CPython release (whose lines then label
 * the steps), with the size and toggles of {@link ModelOptions}.
 */
final class StrategyOption {
    @Option(names = {"-s", "--strategy"}, description = "the strategy (see gilcheck list)")
    String strategy;

    @Option(names = "--release", paramLabel = "VERSION",
            description = "a CPython release (see gilcheck releases): its strategy, its file:line labels")
    String release;

    @Mixin
    ModelOptions options;

    CPythonModel model() {
        if (strategy != null && release != null) {
            throw new BadInputException("give either -s/--strategy or --release, not both");
        }
        if (release != null) {
            Release r = Releases.byVersion(release);
            return new CPythonModel(r, options.toggles(r.strategy()), options.bounds());
        }
        if (strategy == null) {
            throw new BadInputException("name a strategy with -s/--strategy, or a release with --release");
        }
        return options.model(Strategy.byId(strategy));
    }
}
