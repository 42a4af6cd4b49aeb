package dev.gilcheck.cli;

import dev.gilcheck.checker.BadInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The gilcheck command: one subcommand per job. Bad input: one line on stderr, exit 2. */
@Command(name = "gilcheck", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "gilcheck 0.1.0",
        description = "Model checker of CPython's GIL and interpreter finalization with daemon threads.",
        subcommands = {ListCommand.class, CheckCommand.class, MatrixCommand.class, ReplayCommand.class,
                ReproduceCommand.class,
                ExplainCommand.class, ReportCommand.class, AblateCommand.class, DotCommand.class,
                FuzzCommand.class, DensityCommand.class, BenchCommand.class,
                ReleasesCommand.class})
public final class Main implements Runnable {
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: " + String.join(", ", spec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = execute(args, out, err);
        out.flush();
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("gilcheck: " + firstLine(e.getMessage()) + " (see "
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof BadInputException) {
                err.println("gilcheck: " + e.getMessage());
                return BAD_INPUT;
            }
            err.println("gilcheck: internal error: " + e);
            return 1;
        });
        return cl.execute(args);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
