package dev.gilcheck.model;

import dev.gilcheck.checker.BfsExplorer;
import dev.gilcheck.checker.FiberSystem;
import dev.gilcheck.checker.Limits;
import dev.gilcheck.checker.SearchOptions;
import dev.gilcheck.checker.SearchResult;

/** One exhaustive check of a model: the model, and what the breadth-first search found. */
public record Check(CPythonModel model, SearchResult result) {

    /** Runs the exhaustive search on {@code model} within {@code limits}. */
    public static Check run(CPythonModel model, Limits limits) {
        return run(model, limits, SearchOptions.PLAIN);
    }

    /** Runs the exhaustive search on {@code model} within {@code limits}, with reductions and threads as {@code options} say. */
    public static Check run(CPythonModel model, Limits limits, SearchOptions options) {
        FiberSystem system = model.system();
        return new Check(model, new BfsExplorer(system, limits, Invariant.MAIN_THREAD_EXITS.id(), options).explore());
    }

    public static Check run(CPythonModel model) {
        return run(model, Limits.forHeap());
    }
}
