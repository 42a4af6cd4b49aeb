package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Release;
import dev.gilcheck.model.Releases;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.api.StrategyFile;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The strategy to build, named directly, as the code of a CPython release (whose lines then label
 * the steps) or as a user's strategy file, with the size and toggles of {@link ModelOptions}.
 */
final class StrategyOption {
    @Option(names = {"-s", "--strategy"}, description = "the strategy (see gilcheck list)")
    String strategy;

    @Option(names = "--release", paramLabel = "VERSION",
            description = "a CPython release (see gilcheck releases): its strategy, its file:line labels")
    String release;

    @Option(names = "--strategy-file", paramLabel = "FILE",
            description = "a YAML file: a base strategy, the toggles a patch changes, a title, a bug link")
    Path strategyFile;

    @Mixin
    ModelOptions options;

    CPythonModel model() {
        int given = (strategy == null ? 0 : 1) + (release == null ? 0 : 1) + (strategyFile == null ? 0 : 1);
        if (given > 1) {
            throw new BadInputException("give only one of -s/--strategy, --release, --strategy-file");
        }
        if (release != null) {
            Release r = Releases.byVersion(release);
            return new CPythonModel(r, options.toggles(r.strategy()), options.bounds()).under(options.memoryModel());
        }
        if (strategyFile != null) {
            return options.model(StrategyFile.load(strategyFile));
        }
        if (strategy == null) {
            throw new BadInputException("name a strategy with -s/--strategy, a release with --release, or a"
                    + " strategy file with --strategy-file");
        }
        return options.model(Strategy.byId(strategy));
    }
}
