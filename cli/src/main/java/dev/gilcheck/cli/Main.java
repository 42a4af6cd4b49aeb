package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.search.SearchOptionsException;
import dev.gilcheck.model.BoundsException;
import dev.gilcheck.model.TooLargeException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The gilcheck command: one subcommand per job. Bad input: one line on stderr, exit 2. */
@Command(name = "gilcheck", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT,
        version = "gilcheck 0.1.0",
        description = "Model checker of CPython's GIL and interpreter finalization with daemon threads.",
        subcommands = {ListCommand.class, CheckCommand.class, MatrixCommand.class, ReplayCommand.class,
                ReproduceCommand.class,
                ExplainCommand.class, ReportCommand.class, AblateCommand.class, DotCommand.class,
                FuzzCommand.class, DensityCommand.class, BenchCommand.class, CrosscheckCommand.class,
                ReleasesCommand.class})
public final class Main implements Runnable {
    static final int BAD_INPUT = 2;
    static final String OUT_OF_MEMORY = "the Java heap ran out: give Java more (JAVA_OPTS=-Xmx2g ./gilcheck ...),"
            + " or use fewer --daemons, --loops or --releases";

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
        Thread interrupted = new Thread(Main::interrupted, "gilcheck interrupted");
        Runtime.getRuntime().addShutdownHook(interrupted);
        int code;
        try {
            code = execute(args, out, err);
            out.flush();
        } finally {
            Runtime.getRuntime().removeShutdownHook(interrupted);
        }
        System.exit(code);
    }

    /**
     * Runs only when the JVM is stopped before the command ends: Ctrl-C (the JVM then exits with 130)
     * or SIGTERM. Says what the search had done so far and the sites it met, on stderr.
     */
    private static void interrupted() {
        String latest = Progress.latest();
        System.err.println("gilcheck: interrupted" + (latest == null ? "" : "; INCOMPLETE, so far " + latest));
        System.err.flush();
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        Help.addExitCodes(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("gilcheck: " + OneLine.of(firstLine(e.getMessage())) + " (see "
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((e, c, p) -> {
            if (e instanceof BadInputException bad) {
                err.println("gilcheck: " + OneLine.of(inFlags(bad)));
                return BAD_INPUT;
            }
            err.println("gilcheck: internal error: " + OneLine.of(String.valueOf(e)));
            return 1;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            err.println("gilcheck: " + OUT_OF_MEMORY);
            return BAD_INPUT;
        }
    }

    /** The message of {@code e}, naming this command line's options where the checker or model could not. */
    private static String inFlags(BadInputException e) {
        if (e instanceof SearchOptionsException s) {
            return SearchMixin.message(s);
        }
        if (e instanceof BoundsException b) {
            return ModelOptions.message(b);
        }
        if (e instanceof TooLargeException t) {
            return ModelOptions.message(t, "");
        }
        return e.getMessage();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
