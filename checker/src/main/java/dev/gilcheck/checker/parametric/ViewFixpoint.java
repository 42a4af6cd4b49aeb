package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.engine.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The least set of views closed under the system's steps (Abdulla, Haziza, Holik, "All for the price
 * of few", VMCAI 2013), with views of one replica: start from the initial world's view; step every
 * view as a world of its one replica, and every world of two replicas whose views are in the set and
 * agree on the shared part; add the views of every successor; repeat until nothing new comes. A step
 * changes the view of at most the replica that takes it (or that the main thread visits) and of any
 * other replica through the shared part; the world of the two has both. A replica's pointer to one
 * outside the world names OTHER, whose fields stay neutral: a step that writes through it changes
 * only what the view of the pointee, joined with the pointer's owner, sees (the restriction audit
 * checks that steps restrict so).
 */
public final class ViewFixpoint {
    /** Told, every few thousand joined worlds, how far the fixpoint got. Called on the computing thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (views, pending, seconds, sites) -> { };

        /** {@code views} found, {@code pending} of them still to step, {@code sites} broken so far. */
        void update(int views, int pending, double seconds, int sites);
    }

    /** Views stepped together, on every processor; their successors are added in the order one thread meets them. */
    private static final int BATCH = 256;

    private final ReplicaLayout layout;
    private final FiberSystem system;
    private final int maxViews;
    private final long maxHeapBytes;
    private final Progress progress;
    /** Every view, with its place in the list of views that share its shared part. */
    private final Map<View, Integer> views = new HashMap<>();
    private final Map<View, List<View>> byShared = new HashMap<>();
    private final ArrayDeque<View> work = new ArrayDeque<>();
    private final Map<String, Violation> sites = new LinkedHashMap<>();
    private long joins;
    private long peakBytes;

    private ViewFixpoint(ParametricSystem p, int maxViews, long maxHeapBytes, Progress progress) {
        this.layout = new ReplicaLayout(p);
        this.system = p.system();
        this.maxViews = maxViews;
        this.maxHeapBytes = maxHeapBytes;
        this.progress = progress;
    }

    /** The fixpoint, or the views found when {@code maxViews} were reached first. */
    public static ViewSet run(ParametricSystem p, int maxViews) {
        return run(p, maxViews, Long.MAX_VALUE, Progress.NONE);
    }

    /**
     * The fixpoint, or the views found when {@code maxViews} were reached or the heap in use passed
     * {@code maxHeapBytes} first, telling {@code progress} how far it got.
     */
    public static ViewSet run(ParametricSystem p, int maxViews, long maxHeapBytes, Progress progress) {
        return new ViewFixpoint(p, maxViews, maxHeapBytes, progress).run();
    }

    private ViewSet run() {
        long start = System.nanoTime();
        add(layout.view(system.initial(), 0));
        String stop = null;
        while (!work.isEmpty()) {
            if (views.size() > maxViews) {
                stop = "stopped at " + maxViews + " views";
                break;
            }
            if (peakBytes > maxHeapBytes) {
                stop = String.format(java.util.Locale.ROOT, "stopped before the heap ran out: %,d MB in use, more"
                        + " than the %,d MB this JVM can spare", peakBytes >> 20, maxHeapBytes >> 20);
                break;
            }
            List<View> batch = new ArrayList<>(BATCH);
            while (batch.size() < BATCH && !work.isEmpty()) {
                batch.add(work.poll());
            }
            for (Successors s : IntStream.range(0, batch.size()).parallel().mapToObj(i -> expand(batch.get(i))).toList()) {
                joins += s.joins;
                s.sites.forEach(sites::putIfAbsent);
                s.views.forEach(this::add);
            }
            notePeak();
            progress.update(views.size(), work.size(), (System.nanoTime() - start) / 1e9, sites.size());
        }
        return new ViewSet(Collections.unmodifiableSet(views.keySet()), Collections.unmodifiableMap(sites), stop, joins,
                (System.nanoTime() - start) / 1e9, peakBytes);
    }

    /** What stepping one view and its joins gave that was not known before the batch, in the order met. */
    private static final class Successors {
        final Map<String, Violation> sites = new LinkedHashMap<>();
        final Set<View> views = new LinkedHashSet<>();
        long joins;
    }

    /**
     * Steps {@code v} as a world of one replica and joined with each view of its shared part that came
     * before it or is it. Runs on any thread: it only reads the views, the groups and the sites, which
     * change only between batches.
     */
    private Successors expand(View v) {
        Successors out = new Successors();
        step(v.world(), 1, out);
        List<View> group = byShared.get(layout.shared(v));
        for (int i = 0, place = views.get(v); i <= place; i++) {
            for (long[] world : layout.joins(group.get(i), v)) {
                step(world, 2, out);
            }
        }
        return out;
    }

    /** Steps a world whose first {@code members} slots hold replicas, keeping the sites and views new to the set. */
    private void step(long[] world, int members, Successors out) {
        out.joins++;
        for (Move m : system.moves(world, false)) {
            for (Violation v : m.violations()) {
                if (!sites.containsKey(v.siteKey())) {
                    out.sites.putIfAbsent(v.siteKey(), v);
                }
            }
            if (!m.fatal()) {
                for (View v : layout.views(m.target(), members)) {
                    if (!views.containsKey(v)) {
                        out.views.add(v);
                    }
                }
            }
        }
    }

    /** Adds a new view; it joins with those of its shared part before it and itself, so each world of two is stepped once. */
    private void add(View v) {
        if (!views.containsKey(v)) {
            List<View> group = byShared.computeIfAbsent(layout.shared(v), k -> new ArrayList<>());
            views.put(v, group.size());
            group.add(v);
            work.add(v);
        }
    }

    private void notePeak() {
        Runtime r = Runtime.getRuntime();
        peakBytes = Math.max(peakBytes, r.totalMemory() - r.freeMemory());
    }
}
