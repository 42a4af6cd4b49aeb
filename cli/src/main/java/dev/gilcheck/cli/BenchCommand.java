package dev.gilcheck.cli;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.checker.search.SearchProgress;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.checker.search.Stats;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.Strategy;
import dev.gilcheck.model.api.StrategyFile;
import dev.gilcheck.model.api.Variant;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the exhaustive search, with its own timer: for each daemon count and each search mode,
 * states, seconds, states per second, time to the verdict and memory, on the machine it names. A
 * mode that hits the time or memory limit is not tried at larger daemon counts, except the last mode
 * once all have stopped: a violation found is a verdict even when the search cannot finish.
 */
@Command(name = "bench", footer = "%nExample:%n  gilcheck bench -s py39 --from 2 --to 3 --mode plain,symmetry --max-seconds 30%n"
        + "  gilcheck bench --any-daemons",
        description = "Measure the exhaustive search: states, seconds, states/s, time to verdict"
        + " and peak memory for each daemon count and search mode (with and without each reduction).")
final class BenchCommand implements Runnable {
    private static final Map<String, SearchOptions> MODES = modes();
    private static final int MAX_SECONDS = 86_400;
    private static final String DEFAULT_STRATEGY = "fix4-a36adfa";
    private static final int LOOPS = 2;
    private static final int RELEASES = 2;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = {"-s", "--strategy"},
            description = "the strategy to measure (default " + DEFAULT_STRATEGY + ", the final fix of 2020)")
    String strategy;

    @Option(names = "--strategy-file", paramLabel = "FILE",
            description = "measure a user's variant instead (a YAML strategy file)")
    Path strategyFile;

    @Option(names = "--from", defaultValue = "2", description = "fewest daemon threads, 1 to " + Bounds.MAX_DAEMONS
            + " (default ${DEFAULT-VALUE})")
    int from;

    @Option(names = "--to", defaultValue = "8", description = "most daemon threads, --from to " + Bounds.MAX_DAEMONS
            + " (default ${DEFAULT-VALUE})")
    int to;

    @Option(names = "--loops", description = "rounds per daemon, 1 to " + Bounds.MAX_LOOPS + " (default " + LOOPS
            + "; with --any-daemons, the model's default)")
    Integer loops;

    @Option(names = "--releases", description = "GIL releases during cleanup, 0 to " + Bounds.MAX_RELEASES
            + " (default " + RELEASES + "; with --any-daemons, the model's default)")
    Integer releases;

    @Option(names = "--any-daemons", description = "measure the check for any number of daemons instead: per"
            + " strategy (default: every one), views, seconds, peak memory and the sites' verdicts")
    boolean anyDaemons;

    @Option(names = "--mode", split = ",", description = "search modes to run, of: plain, fingerprint, symmetry, por,"
            + " symmetry+por, parallel (symmetry+por on every core) (default: all)")
    List<String> modes = new ArrayList<>(MODES.keySet());

    @Option(names = "--max-seconds", defaultValue = "60",
            description = "stop a run after this many seconds, more than 0 and at most 86400 (default ${DEFAULT-VALUE})")
    double maxSeconds;

    private static Map<String, SearchOptions> modes() {
        SearchOptions fp = SearchOptions.PLAIN.withFingerprint(true);
        Map<String, SearchOptions> m = new LinkedHashMap<>();
        m.put("plain", SearchOptions.PLAIN);
        m.put("fingerprint", fp);
        m.put("symmetry", fp.withSymmetry(true));
        m.put("por", fp.withPor(true));
        m.put("symmetry+por", fp.withSymmetry(true).withPor(true));
        m.put("parallel", fp.withSymmetry(true).withPor(true).withThreads(Runtime.getRuntime().availableProcessors()));
        return m;
    }

    @Mixin
    ProgressOption shown;

    @Override
    public void run() {
        if (!(maxSeconds > 0 && maxSeconds <= MAX_SECONDS)) {
            throw new BadInputException("--max-seconds " + maxSeconds + " is out of range: use more than 0, at most "
                    + MAX_SECONDS);
        }
        Limits limits = Limits.forHeap().withMaxSeconds(maxSeconds);
        if (anyDaemons) {
            runAnyDaemons(limits);
            return;
        }
        int loops = this.loops == null ? LOOPS : this.loops;
        int releases = this.releases == null ? RELEASES : this.releases;
        Variant s = variant();
        for (String mode : modes) {
            if (!MODES.containsKey(mode)) {
                throw new BadInputException("unknown --mode '" + mode + "'; use " + String.join(", ", MODES.keySet()));
            }
        }
        if (from > to) {
            throw new BadInputException("--from " + from + " is above --to " + to + ": give --from <= --to");
        }
        inRange("--from", from, 1);
        inRange("--to", to, from);
        new Bounds(from, loops, releases, 0);
        PrintWriter out = spec.commandLine().getOut();
        out.println(machine());
        out.printf(Locale.ROOT, "strategy %s, loops %d, releases %d, at most %s s per run%n%n", s.title(), loops, releases,
                Limits.seconds(maxSeconds));
        out.printf(Locale.ROOT, "%7s  %-13s %-9s %13s %14s %9s %9s %11s %9s %9s %7s %7s%n", "daemons", "mode",
                "verdict", "states", "transitions", "seconds", "cpu s", "states/s", "verdict s", "peak MB", "B/state",
                "store B");
        List<String> stopped = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            Bounds bounds = new Bounds(d, loops, releases, 0);
            boolean allStopped = stopped.containsAll(modes);
            for (String mode : modes) {
                boolean last = mode.equals(modes.get(modes.size() - 1));
                if (stopped.contains(mode) && !(allStopped && last)) {
                    continue;
                }
                SearchResult r = measure(s.model(bounds), limits, MODES.get(mode), out, d, mode,
                        shown.of(spec.commandLine().getErr(), "bench " + s.title() + " daemons=" + d + " " + mode));
                if (!r.complete()) {
                    stopped.add(mode);
                }
            }
            out.flush();
        }
        out.println();
        out.println("seconds: wall clock to the end of the search (witnesses and the hang check included);"
                + " cpu s: CPU time of the whole JVM meanwhile (all threads, GC and JIT included); verdict s: wall"
                + " clock to the first violation found, or to the end when there is none; peak MB: the heap's peak"
                + " during the run; B/state: bytes of search data (visited set, queue, parents and edges for witnesses"
                + " and the hang check) per state; store B: of which the visited set. A run stopped by a limit says so"
                + " under its row (its verdict covers only what it explored), and its mode is not tried with more daemons, except the last mode once every mode"
                + " has stopped: it goes on to the largest count, for the time to the verdict.");
    }

    /** The any-N check of each strategy (or of the one named), at the model's default bounds unless given. */
    private void runAnyDaemons(Limits limits) {
        for (String option : List.of("--from", "--to", "--mode")) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw new BadInputException("--any-daemons chooses its own daemon counts and searches: drop " + option);
            }
        }
        Bounds d = Bounds.DEFAULT;
        Bounds bounds = new Bounds(d.daemons(), loops == null ? d.loops() : loops,
                releases == null ? d.releases() : releases, 0);
        List<CPythonModel> models = new ArrayList<>();
        if (strategy == null && strategyFile == null) {
            for (Strategy s : Strategy.values()) {
                models.add(Variant.of(s).model(bounds));
            }
        } else {
            models.add(variant().model(bounds));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(machine());
        out.printf(Locale.ROOT, "any daemons: %s; each explicit search stops after at most %s s%n%n",
                AnyDaemonsMatrix.boundsWithoutDaemons(bounds), Limits.seconds(maxSeconds));
        AnyDaemonsBench.run(models, limits, out);
    }

    private static void inRange(String option, int daemons, int least) {
        if (daemons < least || daemons > Bounds.MAX_DAEMONS) {
            throw new BadInputException(option + " " + daemons + " is out of range: use " + least + " to "
                    + Bounds.MAX_DAEMONS);
        }
    }

    /** The strategy (-s, or its default) or the variant (--strategy-file) to measure. */
    private Variant variant() {
        if (strategy != null && strategyFile != null) {
            throw new BadInputException("give either -s/--strategy or --strategy-file, not both");
        }
        return strategyFile != null ? StrategyFile.load(strategyFile)
                : Variant.of(Strategy.byId(strategy == null ? DEFAULT_STRATEGY : strategy));
    }

    private static SearchResult measure(CPythonModel model, Limits limits, SearchOptions options, PrintWriter out, int d,
                                        String mode, SearchProgress progress) {
        HeapPeak peak = HeapPeak.start();
        long cpuBefore = processCpuNanos();
        SearchResult r = Check.run(model, limits, options, progress).result();
        double cpu = (processCpuNanos() - cpuBefore) / 1e9;
        Stats st = r.stats();
        double verdict = Double.isNaN(st.firstViolationSeconds()) ? st.seconds() : st.firstViolationSeconds();
        out.printf(Locale.ROOT, "%7d  %-13s %-9s %,13d %,14d %9.2f %9.2f %,11.0f %9.2f %,9d %7d %7d%n", d,
                mode, r.verdict(), st.states(), st.transitions(), st.seconds(), cpu, st.statesPerSecond(), verdict,
                peak.megabytes(), st.bytesPerState(), st.storeBytesPerState());
        if (!r.complete()) {
            out.println("         (" + r.stopMessage() + ")");
        }
        return r;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    static String machine() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "machine: %d cores (nproc), max heap %,d MB, %s %s, %s %s, load average %.2f",
                rt.availableProcessors(), rt.maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
