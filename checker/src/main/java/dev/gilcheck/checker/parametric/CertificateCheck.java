package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.engine.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Re-verifies a view set on its own, without the fixpoint's indexes: the initial world's view is in
 * it; every view stepped as a world, and every world of two replicas whose views are two views of
 * the set (each replica pointer tried at every value those views allow, kept when both views are its
 * restrictions), has only successors whose views are in the set; and no such step breaks an
 * invariant claimed unbroken for every N.
 */
public final class CertificateCheck {
    private final ReplicaLayout layout;
    private final ParametricSystem p;
    private final Set<View> views;
    private final Set<String> unbroken;

    private CertificateCheck(ParametricSystem p, Set<View> views, Set<String> unbroken) {
        this.layout = new ReplicaLayout(p);
        this.p = p;
        this.views = views;
        this.unbroken = unbroken;
    }

    /** The first flaw found in the certificate, described; null when it holds. */
    public static String firstFlaw(ParametricSystem p, Set<View> views, Set<String> unbrokenInvariants) {
        return new CertificateCheck(p, views, unbrokenInvariants).check();
    }

    private String check() {
        if (!views.contains(layout.view(p.system().initial(), 0))) {
            return "the initial view is not in the set";
        }
        Map<View, List<View>> byShared = new HashMap<>();
        for (View v : views) {
            byShared.computeIfAbsent(layout.shared(v), k -> new ArrayList<>()).add(v);
        }
        List<View> all = List.copyOf(views);
        return IntStream.range(0, all.size()).parallel().mapToObj(i -> flawAround(all.get(i), byShared))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The first flaw of view a stepped alone and joined with each view of its shared part; null when none. Runs on any thread. */
    private String flawAround(View a, Map<View, List<View>> byShared) {
        String flaw = closed(a.world(), 1);
        for (View b : byShared.get(layout.shared(a))) {
            for (long[] world : worldsOfTwo(a, b)) {
                if (flaw != null) {
                    return flaw;
                }
                flaw = closed(world, 2);
            }
        }
        return flaw;
    }

    /** Null when every successor of the world's steps has its views in the set and breaks no unbroken invariant. */
    private String closed(long[] world, int members) {
        for (Move m : p.system().moves(world, false)) {
            for (Violation v : m.violations()) {
                if (unbroken.contains(v.invariant())) {
                    return "a step breaks " + v.siteKey() + ", claimed unbroken for every N";
                }
            }
            if (!m.fatal()) {
                for (int s = 0; s < members; s++) {
                    if (!views.contains(layout.view(m.target(), s))) {
                        return "a step at " + m.site().key() + " leads to a view outside the set";
                    }
                }
            }
        }
        return null;
    }

    /**
     * Every world with a in slot 0 and b in slot 1 whose two views are a and b. Each replica pointer
     * takes only the values that the view or views holding it name as they say (a value a view calls
     * OTHER may be the other replica or one outside both); the full views are compared at the end.
     */
    private List<long[]> worldsOfTwo(View a, View b) {
        long[] base = layout.withSecond(a, b);
        List<Field> pointers = new ArrayList<>();
        List<int[]> candidates = new ArrayList<>();
        for (Field f : p.sharedPointers()) {
            pointers.add(f);
            candidates.add(namedAs(f.get(a.world()), f.get(b.world())));
        }
        for (Field[] kind : p.localPointers()) {
            pointers.add(kind[0]);
            candidates.add(namedAs(kind[0].get(a.world()), -1));
            pointers.add(kind[1]);
            candidates.add(namedAs(-1, kind[0].get(b.world())));
        }
        List<long[]> out = new ArrayList<>();
        assign(base, pointers, candidates, 0, a, b, out);
        return out;
    }

    /**
     * The values of a pointer of a world of two that view a (replica in slot 0) calls {@code inA} and
     * view b (replica in slot 1, which b calls slot 0) calls {@code inB}; -1 for a view that does not hold it.
     */
    private int[] namedAs(int inA, int inB) {
        int known = inA >= 0 ? inA : inB;
        if (layout.slotOf(known) < 0) {
            return new int[] {known};
        }
        return IntStream.of(layout.pointerTo(0), layout.pointerTo(1), layout.otherPointer())
                .filter(w -> (inA < 0 || asSeenBy(0, w) == inA) && (inB < 0 || asSeenBy(1, w) == inB))
                .toArray();
    }

    /** A replica pointer of a world of two as the view of the replica in {@code slot} names it. */
    private int asSeenBy(int slot, int pointer) {
        int s = layout.slotOf(pointer);
        return s == slot ? layout.pointerTo(0) : layout.otherPointer();
    }

    private void assign(long[] world, List<Field> pointers, List<int[]> candidates, int i, View a, View b,
                        List<long[]> out) {
        if (i == pointers.size()) {
            if (layout.view(world, 0).equals(a) && layout.view(world, 1).equals(b)) {
                out.add(world.clone());
            }
            return;
        }
        Field f = pointers.get(i);
        for (int v : candidates.get(i)) {
            f.set(world, v);
            assign(world, pointers, candidates, i + 1, a, b, out);
        }
    }
}
