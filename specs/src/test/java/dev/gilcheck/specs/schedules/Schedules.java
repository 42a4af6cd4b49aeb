package dev.gilcheck.specs.schedules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated schedules: lists of fiber choices (see {@code ChoiceScheduler}), made of bursts, each
 * one choice repeated a few times. A fiber then often runs several steps in a row, as a thread
 * does between preemptions, which is what the finalization races need (the main thread running a
 * whole stretch of Py_FinalizeEx while a daemon sits between two accesses). jqwik shrinks the
 * bursts: fewer, shorter, and choices towards 0.
 */
final class Schedules {
    /** Choices 0..5 name each of up to 6 fibers, and for 3 fibers also either of two alternatives. */
    static final int MAX_CHOICE = 5;
    static final int MAX_BURST = 24;
    static final int MAX_BURSTS = 40;

    private Schedules() {
    }

    static Arbitrary<List<Integer>> bursts() {
        Arbitrary<List<Integer>> burst = Combinators.combine(
                Arbitraries.integers().between(0, MAX_CHOICE), Arbitraries.integers().between(1, MAX_BURST))
                .as(Collections::nCopies);
        return burst.list().ofMaxSize(MAX_BURSTS).map(Schedules::concat);
    }

    private static List<Integer> concat(List<List<Integer>> bursts) {
        List<Integer> all = new ArrayList<>();
        bursts.forEach(all::addAll);
        return all;
    }
}
