package dev.gilcheck.bench;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.engine.Successors;
import dev.gilcheck.checker.store.Canonicalizer;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Strategy;
import java.nio.LongBuffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The successor function alone, on the first {@value #WORLDS} worlds that symmetry-reduced breadth-first
 * search reaches in bpo-36475 with 3 daemons (each its class's representative, as searches see them): every enabled step of each world, as {@code List<Move>} with a new
 * world per step ({@code moves}, what the random explorers and replays use), through the reused
 * buffers of {@link Successors} ({@code successors}), and the latter with each target put into its
 * symmetry class in place ({@code canonical}). The score is nanoseconds per world expanded.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class SuccessorBenchmark {
    private static final int WORLDS = 20_000;

    @Param({"moves", "successors", "canonical"})
    String mode;

    private FiberSystem system;
    private Successors successors;
    private Canonicalizer symmetry;
    private final List<long[]> worlds = new ArrayList<>();

    @Setup(Level.Trial)
    public void setUp() {
        system = new CPythonModel(Strategy.byId("bpo-36475"), new Bounds(3, 1, 1, 0)).symmetricSystem();
        successors = new Successors(system);
        symmetry = system.symmetry().forOneThread();
        Set<LongBuffer> seen = new HashSet<>();
        Deque<long[]> queue = new ArrayDeque<>(List.of(system.initial()));
        while (!queue.isEmpty() && worlds.size() < WORLDS) {
            long[] world = queue.poll();
            if (seen.add(LongBuffer.wrap(world))) {
                worlds.add(world);
                for (Move m : system.moves(world, false)) {
                    queue.add(system.symmetry().canonical(m.target()));
                }
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(WORLDS)
    public long expandAll() {
        long sum = 0;
        for (long[] world : worlds) {
            sum += switch (mode) {
                case "moves" -> moves(world);
                case "successors" -> successors(world, false);
                case "canonical" -> successors(world, true);
                default -> throw new IllegalArgumentException("unknown mode " + mode);
            };
        }
        return sum;
    }

    private long moves(long[] world) {
        long sum = 0;
        for (Move m : system.moves(world, false)) {
            sum += m.target()[0];
        }
        return sum;
    }

    private long successors(long[] world, boolean canonical) {
        long sum = 0;
        if (canonical) {
            symmetry.expanding(world);
        }
        successors.of(world);
        while (successors.next()) {
            if (canonical) {
                symmetry.canonicalize(successors.target());
            }
            sum += successors.target()[0];
        }
        return sum;
    }
}
