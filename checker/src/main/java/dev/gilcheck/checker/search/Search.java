package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.store.Canonicalizer;
import java.util.List;

/**
 * What the one-thread and the parallel search share: the system and options, the per-world record
 * ({@link SearchGraph}), the queue, the representatives of symmetry classes, the memory accounting
 * and the result. Each keeps its own visited set.
 */
abstract class Search {
    final FiberSystem system;
    final Limits limits;
    final SearchOptions options;
    final SearchGraph graph;
    final Frontier frontier;
    private final Canonicalizer symmetry;
    /** Told how far the search got each time the limits are checked. */
    SearchProgress progress = SearchProgress.NONE;
    /**
     * Heap held back from the start and given up when the heap runs out, so that the result can still be
     * built: a twelfth of what the search may use (searches sharing a heap share it the same way), 16 MB at most.
     */
    private byte[] reserve;

    Search(FiberSystem system, Limits limits, String progressInvariant, SearchOptions options) {
        this.system = system;
        this.limits = limits;
        this.options = options;
        this.symmetry = options.symmetry() ? system.symmetry() : null;
        this.graph = new SearchGraph(system, symmetry != null, progressInvariant, options.threads());
        this.frontier = new Frontier(system.layout().words());
        this.reserve = new byte[(int) Math.min(1 << 24, limits.maxBytes() / 12)];
    }

    abstract SearchResult explore();

    /** Bytes the visited set holds, and the largest array its next growth allocates. */
    abstract long storeBytes();

    abstract long storeGrowthBytes();

    abstract String collisionNote();

    /** The representative of {@code world}'s symmetry class, or the world itself without symmetry. */
    long[] canonical(long[] world) {
        return symmetry == null ? world : symmetry.canonical(world);
    }

    /** A canonicalizer for the calling thread alone, or null without symmetry. */
    Canonicalizer canonicalizerForOneThread() {
        return symmetry == null ? null : symmetry.forOneThread();
    }

    /** Turns {@code world} into the representative of its symmetry class with {@code own}, when there is symmetry. */
    static void canonicalize(Canonicalizer own, long[] world) {
        if (own != null) {
            own.canonicalize(world);
        }
    }

    /** Why the search must stop now, or null; {@code start} is when it began (System.nanoTime). */
    Stop limitReached(long start) {
        long growth = Math.max(storeGrowthBytes(), Math.max(frontier.growthBytes(), graph.growthBytes()))
                + graph.progressCheckBytes();
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.update(new SearchProgress.Snapshot(graph.size(), graph.transitions(), graph.maxDepth(), seconds,
                graph.sitesSoFar()));
        return limits.reached(graph.size(), bytes(), growth, seconds);
    }

    /** Why the search stopped when the heap ran out; gives up the reserve, to build the result in. */
    Stop memoryStop() {
        reserve = null;
        return limits.memoryStop(bytes());
    }

    /** The result: witnesses (and, when {@code stop} is null, hangs) and the statistics. */
    SearchResult result(Stop stop) {
        List<Witness> witnesses = graph.witnesses(stop == null);
        return new SearchResult(witnesses, graph.stats(graph.size(), bytes(), storeBytes()), stop, collisionNote());
    }

    private long bytes() {
        return storeBytes() + frontier.bytes() + graph.bytes();
    }
}
