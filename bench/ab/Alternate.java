import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.Locale;

/**
 * Times one gilcheck command on two builds in one JVM, alternating them (A B, B A, A B...): the two
 * builds meet the same machine state, which on a shared 2-core VM moved single cold runs by 15% and
 * more, and each keeps its own compiled code (a class loader per jar). The first third of the rounds
 * warm up and are left out of the medians. The outputs of the two builds' first runs are compared
 * byte for byte (with --timing they differ by design).
 *
 * <p>Usage: {@code java Alternate.java A.jar B.jar ROUNDS COMMAND ARGS...}; run by bench/ab/compare.
 */
public final class Alternate {
    private Alternate() {
    }

    private record Run(int code, String out, String err, double seconds) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[2]);
        String[] command = Arrays.copyOfRange(args, 3, args.length);
        Method[] execute = {mainOf(args[0]), mainOf(args[1])};
        double[][] seconds = new double[2][rounds];
        String[] firstOut = new String[2];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int build = r % 2 == 0 ? k : 1 - k;
                Run run = run(execute[build], command);
                if (run.code() != 0) {
                    System.err.println("compare: build " + "AB".charAt(build) + " exited " + run.code() + ": "
                            + run.err().strip().lines().findFirst().orElse(""));
                    System.exit(run.code() == 2 ? 2 : 1);
                }
                seconds[build][r] = run.seconds();
                if (r == 0) {
                    firstOut[build] = run.out();
                }
            }
            System.out.printf(Locale.ROOT, "round %2d  A %7.3f s  B %7.3f s  B/A %.3f%n", r + 1, seconds[0][r],
                    seconds[1][r], seconds[1][r] / seconds[0][r]);
        }
        int from = rounds / 3;
        double[] ratios = new double[rounds - from];
        for (int r = from; r < rounds; r++) {
            ratios[r - from] = seconds[1][r] / seconds[0][r];
        }
        System.out.printf(Locale.ROOT, "rounds %d to %d: median A %.3f s, median B %.3f s, median B/A %.3f"
                        + " (lowest %.3f, highest %.3f)%n", from + 1, rounds, median(seconds[0], from),
                median(seconds[1], from), median(ratios, 0), Arrays.stream(ratios).min().orElseThrow(),
                Arrays.stream(ratios).max().orElseThrow());
        System.out.println("outputs: " + (firstOut[0].equals(firstOut[1]) ? "identical" : "DIFFER"
                + " (first at line " + firstDifferingLine(firstOut[0], firstOut[1]) + ")"));
    }

    private static Method mainOf(String jar) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()},
                ClassLoader.getPlatformClassLoader());
        return loader.loadClass("dev.gilcheck.cli.Main").getMethod("execute", String[].class, PrintWriter.class,
                PrintWriter.class);
    }

    private static Run run(Method execute, String[] command) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        long start = System.nanoTime();
        int code;
        try {
            code = (int) execute.invoke(null, command, outWriter, errWriter);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("gilcheck failed", e.getCause());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        outWriter.flush();
        errWriter.flush();
        return new Run(code, out.toString(), err.toString(), seconds);
    }

    private static double median(double[] values, int from) {
        double[] sorted = Arrays.copyOfRange(values, from, values.length);
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static int firstDifferingLine(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        int line = 0;
        while (line < Math.min(x.length, y.length) && x[line].equals(y[line])) {
            line++;
        }
        return line + 1;
    }
}
