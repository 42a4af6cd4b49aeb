package dev.gilcheck.model;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.Combinations;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * Which of the historical take_gil / PyEval_RestoreThread changes matter: every combination of the
 * {@link #TOGGLES} is checked on top of a base strategy's finalization side (every other toggle
 * as the base has it; the ablated ones start from their first value, the code before the change).
 * Each non-default value of a toggle is an option of its own, so entry-deref contributes two
 * options and post-acquire-check three.
 */
public final class Ablation {
    /** The thread-side changes: where the re-acquire path checks finalizing and what it reads. */
    public static final List<Toggle> TOGGLES = List.of(Toggle.RESTORE_CHECK, Toggle.EVAL_LOOP_CHECK,
            Toggle.ENTRY_DEREF, Toggle.ENTRY_CHECK, Toggle.POST_ACQUIRE_CHECK, Toggle.WAIT_LOOP_CHECK,
            Toggle.EXIT_RESETS_OWN_REQUEST, Toggle.MUST_EXIT_READS_INTERP, Toggle.MUST_EXIT_READS_STATE,
            Toggle.EXIT_DROP_WITHOUT_TSTATE);

    /** What one combination's exhaustive check found. */
    public record Outcome(Set<String> sites, long states, boolean complete) {
    }

    private final Strategy base;
    private final List<Toggle> toggles;
    private final Toggles start;
    private final Bounds bounds;
    private final Combinations combinations;

    /** @param toggles the toggles to ablate, a subset of {@link #TOGGLES} */
    public Ablation(Strategy base, Toggles baseToggles, List<Toggle> toggles, Bounds bounds) {
        for (Toggle t : toggles) {
            if (!TOGGLES.contains(t)) {
                throw new BadInputException(t.id() + " is not one of the ablated take_gil/restore-thread toggles: "
                        + String.join(", ", TOGGLES.stream().map(Toggle::id).toList()));
            }
        }
        this.base = base;
        this.toggles = List.copyOf(toggles);
        Toggles s = baseToggles;
        int[] radix = new int[toggles.size()];
        for (int d = 0; d < toggles.size(); d++) {
            Toggle t = toggles.get(d);
            s = s.with(t, t.choices().get(0));
            radix[d] = t.choices().size();
        }
        this.start = s;
        this.bounds = bounds;
        this.combinations = new Combinations(radix);
    }

    public Strategy base() {
        return base;
    }

    public List<Toggle> toggles() {
        return toggles;
    }

    public Bounds bounds() {
        return bounds;
    }

    public Combinations combinations() {
        return combinations;
    }

    /** The toggles every combination starts from: the base's, with the ablated ones at their first value. */
    public Toggles start() {
        return start;
    }

    /** The toggles of combination {@code index}. */
    public Toggles toggles(int index) {
        int[] v = combinations.values(index);
        Toggles t = start;
        for (int d = 0; d < v.length; d++) {
            t = t.with(toggles.get(d), toggles.get(d).choices().get(v[d]));
        }
        return t;
    }

    /** The options of combination {@code index}, as {@code name=value} settings. */
    public List<String> options(int index) {
        int[] v = combinations.values(index);
        List<String> out = new ArrayList<>();
        for (int d = 0; d < v.length; d++) {
            if (v[d] != 0) {
                out.add(toggles.get(d).id() + "=" + toggles.get(d).choices().get(v[d]));
            }
        }
        return out;
    }

    /** The combination whose options are the base strategy's own values of the ablated toggles. */
    public int baseCombination() {
        int[] v = new int[toggles.size()];
        for (int d = 0; d < v.length; d++) {
            v[d] = toggles.get(d).choices().indexOf(base.toggles().value(toggles.get(d)));
        }
        return combinations.index(v);
    }

    /** Checks every combination on {@code threads} threads; {@code done} hears each finished index. */
    public List<Outcome> run(int threads, IntConsumer done) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            Limits limits = Limits.forHeap();
            Limits each = new Limits(limits.maxStates(), limits.maxBytes() / threads);
            for (int c = 0; c < combinations.count(); c++) {
                int index = c;
                futures.add(pool.submit(() -> {
                    Outcome o = check(index, each);
                    done.accept(index);
                    return o;
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ablation interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * What the ablation says about one site, combinations given by index.
     *
     * @param reachableIn       how many combinations reach it
     * @param sufficient        the minimal sufficient sets: with these options the site is unreachable,
     *                          and with any proper subset of them it is reachable
     * @param introducedBy      when the site is unreachable with no option at all: the minimal sets
     *                          of options that make it reachable
     * @param closedGiven       for each of those sets, in the same order, the minimal sets of further
     *                          options that make it unreachable again (empty: nothing does)
     */
    public record Finding(String site, int reachableIn, List<Integer> sufficient, List<Integer> introducedBy,
                          List<List<Integer>> closedGiven) {
    }

    /** Every site reachable in some combination, in the order the combinations first reach them. */
    public List<Finding> findings(List<Outcome> outcomes) {
        Set<String> sites = new LinkedHashSet<>();
        outcomes.forEach(o -> sites.addAll(o.sites()));
        List<Finding> out = new ArrayList<>();
        for (String site : sites) {
            IntPredicate reachable = c -> outcomes.get(c).sites().contains(site);
            IntPredicate unreachable = reachable.negate();
            int count = (int) outcomes.stream().filter(o -> o.sites().contains(site)).count();
            List<Integer> introducedBy = reachable.test(0) ? List.of() : combinations.minimal(reachable, 0);
            List<List<Integer>> closed = new ArrayList<>();
            for (int given : introducedBy) {
                closed.add(combinations.minimal(unreachable, given));
            }
            out.add(new Finding(site, count, combinations.minimal(unreachable, 0), introducedBy, closed));
        }
        return out;
    }

    private Outcome check(int index, Limits limits) {
        SearchResult r = Check.run(new CPythonModel(base, toggles(index), bounds), limits).result();
        Set<String> sites = new LinkedHashSet<>();
        for (Witness w : r.witnesses()) {
            sites.add(w.violation().siteKey());
        }
        return new Outcome(sites, r.stats().states(), r.complete());
    }
}
