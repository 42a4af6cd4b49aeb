package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.memory.MemoryModel;
import dev.gilcheck.checker.memory.StoreBuffers;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.BoundsException;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.Toggle;
import dev.gilcheck.model.Toggles;
import dev.gilcheck.model.TooLargeException;
import dev.gilcheck.model.api.Variant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import picocli.CommandLine.Option;

/** The size of the modelled run and the toggles changed on top of a strategy. */
final class ModelOptions {
    @Option(names = "--daemons", defaultValue = "2",
            description = "daemon threads, 1 to " + Bounds.MAX_DAEMONS + " (default ${DEFAULT-VALUE})")
    int daemons;

    @Option(names = "--loops", defaultValue = "1", description = "Py_END/BEGIN_ALLOW_THREADS rounds per daemon, 1 to "
            + Bounds.MAX_LOOPS + " (default ${DEFAULT-VALUE})")
    int loops;

    @Option(names = "--releases", defaultValue = "1", description = "GIL releases by the main thread during cleanup,"
            + " 0 to " + Bounds.MAX_RELEASES + " (default ${DEFAULT-VALUE})")
    int releases;

    @Option(names = "--cthreads", defaultValue = "0", description = "C threads entering through PyGILState_Ensure,"
            + " 0 to " + Bounds.MAX_CTHREADS + " (default ${DEFAULT-VALUE})")
    int cthreads;

    @Option(names = "--new-threads", defaultValue = "0", description = "threads started just before finalization"
            + " (thread_run may come at any time), 0 to " + Bounds.MAX_NEW_THREADS + " (default ${DEFAULT-VALUE})")
    int newThreads;

    @Option(names = {"-t", "--toggle"}, paramLabel = "NAME=VALUE",
            description = "change a toggle on top of the strategy: always NAME=VALUE, each toggle once"
                    + " (repeatable; see gilcheck list)")
    List<String> toggles = new ArrayList<>();

    @Option(names = "--memory", paramLabel = "sc|tso", defaultValue = "sc",
            description = "memory model: sc (sequential consistency) or tso (x86-TSO: each thread's stores to the"
                    + " relaxed GIL fields wait in a store buffer of " + StoreBuffers.CAPACITY
                    + "; mutexes and atomic read-modify-writes drain it) (default ${DEFAULT-VALUE})")
    String memory;

    /** The memory model asked for; a name that is none is bad input. */
    MemoryModel memoryModel() {
        MemoryModel m = MemoryModel.byId(memory);
        if (m == null) {
            throw new BadInputException("--memory " + memory + " is not a memory model: use sc or tso");
        }
        return m;
    }

    Bounds bounds() {
        return new Bounds(daemons, loops, releases, cthreads, newThreads);
    }

    /**
     * A model too large for this JVM, told with the options that make it fit: {@code otherWays} (e.g.
     * "store fingerprints (--fingerprint), ") and the bounds.
     */
    static String message(TooLargeException e, String otherWays) {
        return e.needs() + ": " + otherWays + "use fewer --daemons, --loops or --releases, or give Java more memory"
                + " (JAVA_OPTS=-Xmx16g ./gilcheck ...)";
    }

    /** A bound out of range, told with the option that sets it. */
    static String message(BoundsException e) {
        String option = switch (e.bound()) {
            case DAEMONS -> "--daemons";
            case LOOPS -> "--loops";
            case RELEASES -> "--releases";
            case CTHREADS -> "--cthreads";
            case NEW_THREADS -> "--new-threads";
        };
        return option + " " + e.value() + " is out of range: use " + e.min() + " to " + e.max();
    }

    /** Refuses a setting without a value and a toggle set twice, before anything runs. */
    List<String> settings() {
        Set<String> seen = new HashSet<>();
        for (String setting : toggles) {
            int eq = setting.indexOf('=');
            String name = (eq < 0 ? setting : setting.substring(0, eq)).trim();
            if (eq < 0) {
                Toggle t = Toggle.byId(name);
                throw new BadInputException("-t " + setting + " needs a value: -t " + name + "="
                        + (t == null ? "VALUE (see gilcheck list)" : String.join("|", t.choices())));
            }
            if (!seen.add(name)) {
                throw new BadInputException("-t " + name + " is given twice: give each toggle once");
            }
        }
        toggles.forEach(Toggles.none()::apply);
        return toggles;
    }

    Toggles toggles(Strategy strategy) {
        return toggles(strategy.toggles());
    }

    /** {@code start} with the -t settings applied. */
    Toggles toggles(Toggles start) {
        Toggles t = start;
        for (String setting : settings()) {
            t = t.apply(setting);
        }
        return t;
    }

    CPythonModel model(Strategy strategy) {
        return new CPythonModel(strategy, toggles(strategy), bounds()).under(memoryModel());
    }

    /** The model of a user's variant, titled with its title, with the -t settings on top of its toggles. */
    CPythonModel model(Variant variant) {
        return new CPythonModel(variant.base(), toggles(variant.toggles()), bounds()).titled(variant.title())
                .under(memoryModel());
    }

    /** The -t options as given, e.g. "-t a=on -t b=off", or "" when none. */
    String overrides() {
        StringJoiner j = new StringJoiner(" ");
        settings().forEach(s -> j.add("-t " + s.trim()));
        return j.toString();
    }

    /** Refuses x86-TSO for a command that checks (or runs) under sequential consistency only. */
    void sequentialOnly(String command) {
        if (memoryModel() != MemoryModel.SC) {
            throw new BadInputException(command + " works under sequential consistency only: drop --memory "
                    + memoryModel().id());
        }
    }

    /** The line under a table's bounds saying which memory model every verdict in it holds under. */
    String memoryLine() {
        return "memory model: every verdict holds " + memoryModel().under() + "\n";
    }

    /** A line saying which toggles every strategy gets changed, or "" when none is. */
    String overridesLine() {
        return overrides().isEmpty() ? "" : "toggles changed on every strategy: " + overrides() + "\n";
    }

    /**
     * The options that rebuild {@code model} from its strategy at the default bounds: each bound that
     * differs from the default, and each toggle that differs from the strategy's, e.g.
     * " --cthreads 1 -t entry-check=off" (empty for the strategy as it is).
     */
    static String arguments(CPythonModel model) {
        StringBuilder sb = new StringBuilder();
        Bounds b = model.bounds();
        Bounds d = Bounds.DEFAULT;
        bound(sb, "--daemons", b.daemons(), d.daemons());
        bound(sb, "--loops", b.loops(), d.loops());
        bound(sb, "--releases", b.releases(), d.releases());
        bound(sb, "--cthreads", b.cthreads(), d.cthreads());
        bound(sb, "--new-threads", b.newThreads(), d.newThreads());
        if (model.memory() != MemoryModel.SC) {
            sb.append(" --memory ").append(model.memory().id());
        }
        return sb + toggleArguments(model);
    }

    /** The -t options that turn {@code model}'s strategy into {@code model}, e.g. " -t entry-check=off", or "". */
    static String toggleArguments(CPythonModel model) {
        StringBuilder sb = new StringBuilder();
        Toggles own = model.strategy().toggles();
        for (Toggle t : Toggle.values()) {
            if (!own.value(t).equals(model.toggles().value(t))) {
                sb.append(" -t ").append(t.id()).append('=').append(model.toggles().value(t));
            }
        }
        return sb.toString();
    }

    private static void bound(StringBuilder sb, String option, int value, int byDefault) {
        if (value != byDefault) {
            sb.append(' ').append(option).append(' ').append(value);
        }
    }
}
