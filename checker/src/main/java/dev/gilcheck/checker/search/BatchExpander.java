package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Successors;
import dev.gilcheck.checker.store.Canonicalizer;
import dev.gilcheck.checker.store.ConcurrentFingerprintSet;
import dev.gilcheck.checker.store.Hashing;
import java.util.List;

/**
 * What one thread of the parallel search expands worlds with: its own successor buffers and
 * canonicalizer. It expands a run of a batch's worlds into an {@link ExpandedWorlds}.
 */
final class BatchExpander {
    private final FiberSystem system;
    private final ConcurrentFingerprintSet seen;
    private final Successors successors;
    private final Canonicalizer symmetry;
    private final boolean por;
    private final long[] world;

    BatchExpander(FiberSystem system, ConcurrentFingerprintSet seen, Canonicalizer symmetry, boolean por) {
        this.system = system;
        this.seen = seen;
        this.successors = new Successors(system);
        this.symmetry = symmetry;
        this.por = por;
        this.world = system.layout().newWorld();
    }

    /** Expands worlds {@code from} to {@code to} (exclusive) of {@code batch} into {@code out}. */
    void expand(ParallelSearch.Batch batch, int from, int to, ExpandedWorlds out) {
        out.clear();
        int width = world.length;
        for (int k = from; k < to; k++) {
            System.arraycopy(batch.worlds(), k * width, world, 0, width);
            out.world(successors.canMove(world, system.progressFiber()));
            if (symmetry != null) {
                symmetry.expanding(world);
            }
            allSteps(out, por);
            if (por && successors.hadIndependentStep()) {
                out.dropLastWorldSteps();
                if (!independentStep(batch.ids()[k], out)) {
                    allSteps(out, false);
                }
            }
        }
        out.addPending(seen);
    }

    /** The independent step alone, when the proviso of {@link SequentialSearch} allows it. */
    private boolean independentStep(int id, ExpandedWorlds out) {
        long[] next = successors.target();
        Search.canonicalize(symmetry, next);
        int slot = seen.insert(Hashing.fingerprint(next));
        int known = slot >= 0 ? -1 : seen.id(-slot - 1);
        if (known >= 0 && known <= id) {
            return false;
        }
        if (slot >= 0) {
            out.added();
        }
        out.step(successors.fiber(), successors.alternative(), List.of(), slot >= 0 ? slot : -slot - 1, known, next);
        return true;
    }

    /** All the world's steps, pending; judged for partial-order reduction when {@code judge}. */
    private void allSteps(ExpandedWorlds out, boolean judge) {
        successors.of(world, judge);
        while (successors.next()) {
            if (successors.fatal()) {
                out.step(successors.fiber(), successors.alternative(), successors.violations(), -1, -1, null);
                continue;
            }
            long[] next = successors.target();
            Search.canonicalize(symmetry, next);
            out.pending(successors.fiber(), successors.alternative(), successors.violations(), next,
                    Hashing.fingerprint(next));
        }
    }
}
