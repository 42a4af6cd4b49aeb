package dev.gilcheck.bench;

import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.Strategy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One complete exhaustive check of the final fix (fix4-a36adfa, 2 rounds per daemon, 2 GIL releases
 * during cleanup) per invocation, in each search mode. The score is seconds per complete check;
 * states per check are printed by {@code gilcheck bench}, which also covers larger daemon counts.
 * Scores are of a warmed JVM; {@code check --timing} also pays the compiler's warm-up.
 * {@code -p strategy=bpo-36475 -p daemons=4 -p rounds=1 -p releases=1} is the configuration that
 * {@code bench/spin/compare} runs against SPIN.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class SearchBenchmark {
    @Param({"fix4-a36adfa"})
    String strategy;

    @Param({"2"})
    int daemons;

    @Param({"2"})
    int rounds;

    @Param({"2"})
    int releases;

    @Param({"plain", "fingerprint", "symmetry", "por", "symmetry+por", "fingerprint+parallel", "symmetry+por+parallel"})
    String mode;

    private CPythonModel model;
    private SearchOptions options;

    @Setup(Level.Trial)
    public void setUp() {
        model = new CPythonModel(Strategy.byId(strategy), new Bounds(daemons, rounds, releases, 0));
        SearchOptions fp = SearchOptions.PLAIN.withFingerprint(true);
        int cores = Runtime.getRuntime().availableProcessors();
        options = switch (mode) {
            case "plain" -> SearchOptions.PLAIN;
            case "fingerprint" -> fp;
            case "symmetry" -> fp.withSymmetry(true);
            case "por" -> fp.withPor(true);
            case "symmetry+por" -> fp.withSymmetry(true).withPor(true);
            case "fingerprint+parallel" -> fp.withThreads(cores);
            case "symmetry+por+parallel" -> fp.withSymmetry(true).withPor(true).withThreads(cores);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    }

    @Benchmark
    public long completeCheck() {
        return Check.run(model, Limits.forHeap(), options).result().stats().states();
    }
}
