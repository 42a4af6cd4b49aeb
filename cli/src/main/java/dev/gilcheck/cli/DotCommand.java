package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.search.StateGraph;
import dev.gilcheck.model.CPythonModel;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The state graph of a small configuration, in Graphviz DOT, with the violating states marked. */
@Command(name = "dot", footer = "%nExample:%n  gilcheck dot -s py39 -o py39.dot && dot -Tsvg py39.dot -o py39.svg",
        defaultValueProvider = DotCommand.SmallBounds.class,
        description = "Write the whole state graph of a small configuration in Graphviz DOT (render it with"
                + " dot -Tsvg): red = a step that breaks an invariant, and a state only such steps lead to (an octagon where"
                + " the run ends), orange = states from which process exit can no longer be reached, double border ="
                + " process exit.")
final class DotCommand implements Runnable {
    /** A graph a person can look at needs one daemon and no cleanup release by default. */
    static final class SmallBounds implements IDefaultValueProvider {
        @Override
        public String defaultValue(ArgSpec arg) {
            if (arg instanceof OptionSpec o) {
                if (o.longestName().equals("--daemons")) {
                    return "1";
                }
                if (o.longestName().equals("--releases")) {
                    return "0";
                }
            }
            return null;
        }
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StrategyOption model;

    @Option(names = "--max-states", defaultValue = "5000",
            description = "refuse graphs with more states than this, 1 or more (default ${DEFAULT-VALUE})")
    int maxStates;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.dot", description = "write to this file, atomically (default, or -: stdout); a device, fifo or folder is refused")
    Path output;

    @Override
    public void run() {
        if (maxStates < 1) {
            throw new BadInputException("--max-states " + maxStates + " is out of range: use 1 or more");
        }
        OutputFile file = OutputFile.of(output);
        CPythonModel built = model.model();
        StateGraph graph = StateGraph.explore(built.system(), maxStates,
                "use fewer --daemons, --loops or --releases, or raise --max-states");
        String title = built.name() + ModelOptions.toggleArguments(built) + " at " + built.bounds() + ": " + graph.states() + " states, "
                + graph.transitions() + " steps";
        PrintWriter out = spec.commandLine().getOut();
        file.write(graph.toDot(title), out);
        if (!file.stdout()) {
            out.printf("wrote %s: %d states (%d only after a violation, %d of them crashes; %d that cannot reach"
                    + " process exit), %d steps (%d break an invariant)%n", file.name(), graph.states(),
                    graph.brokenStates(), graph.crashedStates(), graph.stuckStates(), graph.transitions(),
                    graph.violatingSteps());
        }
    }
}
