package dev.gilcheck.model;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.BfsExplorer;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.checker.search.SearchProgress;
import dev.gilcheck.checker.search.SearchResult;
import java.util.ArrayList;
import java.util.List;

/** One exhaustive check of a model: the model, and what the breadth-first search found. */
public record Check(CPythonModel model, SearchResult result) {

    /** Runs the exhaustive search on {@code model} within {@code limits}. */
    public static Check run(CPythonModel model, Limits limits) {
        return run(model, limits, SearchOptions.PLAIN);
    }

    /**
     * Runs the exhaustive search on {@code model} within {@code limits}, with reductions and threads
     * as {@code options} say. A symmetry-reduced search runs on the model whose main thread visits
     * the daemons in any order; its witnesses come back as runs of the model itself.
     */
    public static Check run(CPythonModel model, Limits limits, SearchOptions options) {
        return run(model, limits, options, SearchProgress.NONE);
    }

    /** As {@link #run(CPythonModel, Limits, SearchOptions)}, telling {@code progress} how far the search got. */
    public static Check run(CPythonModel model, Limits limits, SearchOptions options, SearchProgress progress) {
        if (!options.symmetry()) {
            return new Check(model, search(model.system(), limits, options, progress));
        }
        SearchResult r = search(model.symmetricSystem(), limits, options, progress);
        Replayer listOrder = new Replayer(model.system());
        List<Witness> witnesses = new ArrayList<>();
        for (Witness w : r.witnesses()) {
            witnesses.add(new Witness(w.violation(), listOrder.replay(model.inListOrder(w.schedule()))));
        }
        return new Check(model, new SearchResult(witnesses, r.stats(), r.stop(), r.collisionNote()));
    }

    private static SearchResult search(FiberSystem system, Limits limits, SearchOptions options,
                                       SearchProgress progress) {
        return new BfsExplorer(system, limits, Invariant.MAIN_THREAD_EXITS.id(), options).withProgress(progress)
                .explore();
    }

    public static Check run(CPythonModel model) {
        return run(model, Limits.forHeap());
    }
}
