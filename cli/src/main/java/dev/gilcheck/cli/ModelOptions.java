package dev.gilcheck.cli;

import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggles;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The size of the modelled run and the toggles changed on top of a strategy. */
final class ModelOptions {
    @Option(names = "--daemons", defaultValue = "2", description = "daemon threads (default ${DEFAULT-VALUE})")
    int daemons;

    @Option(names = "--loops", defaultValue = "1",
            description = "Py_END/BEGIN_ALLOW_THREADS rounds per daemon (default ${DEFAULT-VALUE})")
    int loops;

    @Option(names = "--releases", defaultValue = "1",
            description = "GIL releases by the main thread during cleanup (default ${DEFAULT-VALUE})")
    int releases;

    @Option(names = "--cthreads", defaultValue = "0",
            description = "C threads entering through PyGILState_Ensure (default ${DEFAULT-VALUE})")
    int cthreads;

    @Option(names = {"-t", "--toggle"}, paramLabel = "NAME=VALUE",
            description = "change a toggle on top of the strategy (repeatable; see gilcheck list)")
    List<String> toggles = new ArrayList<>();

    Bounds bounds() {
        return new Bounds(daemons, loops, releases, cthreads);
    }

    Toggles toggles(Strategy strategy) {
        Toggles t = strategy.toggles();
        for (String setting : toggles) {
            t = t.apply(setting);
        }
        return t;
    }

    CPythonModel model(Strategy strategy) {
        return new CPythonModel(strategy, toggles(strategy), bounds());
    }
}
