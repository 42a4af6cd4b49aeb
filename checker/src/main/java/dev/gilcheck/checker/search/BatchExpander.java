package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Successors;
import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.store.Canonicalizer;
import dev.gilcheck.checker.store.ConcurrentFingerprintSet;
import dev.gilcheck.checker.store.Hashing;
import java.util.List;

/**
 * One worker thread of the parallel search: expands every {@code stride}-th world of a batch from
 * {@code first}, with its own successor buffers and canonicalizer, into one of two
 * {@link ExpandedWorlds} it alternates between (the search merges one batch while the next is expanded).
 */
final class BatchExpander {
    private final FiberSystem system;
    private final ConcurrentFingerprintSet seen;
    private final Successors successors;
    private final Canonicalizer symmetry;
    private final boolean por;
    private final int first;
    private final int stride;
    private final long[] world;
    private final ExpandedWorlds[] outputs;
    private int turn;

    BatchExpander(FiberSystem system, ConcurrentFingerprintSet seen, Canonicalizer symmetry, boolean por, int first,
                  int stride) {
        this.system = system;
        this.seen = seen;
        this.successors = new Successors(system);
        this.symmetry = symmetry;
        this.por = por;
        this.first = first;
        this.stride = stride;
        this.world = system.layout().newWorld();
        int width = world.length;
        this.outputs = new ExpandedWorlds[] {new ExpandedWorlds(width), new ExpandedWorlds(width)};
    }

    /** Expands this worker's share of {@code batch}. */
    ExpandedWorlds expand(ParallelSearch.Batch batch) {
        ExpandedWorlds out = outputs[turn];
        turn ^= 1;
        out.clear();
        int width = world.length;
        for (int k = first; k < batch.size(); k += stride) {
            System.arraycopy(batch.worlds(), k * width, world, 0, width);
            out.world(successors.canMove(world, system.progressFiber()));
            if (symmetry != null) {
                symmetry.expanding(world);
            }
            if (!(por && independentStep(batch.ids()[k], out))) {
                allSteps(out);
            }
        }
        return out;
    }

    /** The independent step alone, when there is one and the proviso of {@link SequentialSearch} allows it. */
    private boolean independentStep(int id, ExpandedWorlds out) {
        if (!successors.independent(world)) {
            return false;
        }
        long[] next = successors.target();
        Search.canonicalize(symmetry, next);
        int slot = seen.insert(Hashing.fingerprint(next));
        int known = slot >= 0 ? -1 : seen.id(-slot - 1);
        if (known >= 0 && known <= id) {
            return false;
        }
        record(out, List.of(), slot, next);
        return true;
    }

    private void allSteps(ExpandedWorlds out) {
        successors.of(world);
        while (successors.next()) {
            if (successors.fatal()) {
                out.step(successors.fiber(), successors.alternative(), successors.violations(), -1, null);
                continue;
            }
            long[] next = successors.target();
            Search.canonicalize(symmetry, next);
            record(out, successors.violations(), seen.insert(Hashing.fingerprint(next)), next);
        }
    }

    private void record(ExpandedWorlds out, List<Violation> violations, int insertion,
                        long[] next) {
        if (insertion >= 0) {
            out.added();
        }
        out.step(successors.fiber(), successors.alternative(), violations, insertion >= 0 ? insertion : -insertion - 1,
                next);
    }
}
