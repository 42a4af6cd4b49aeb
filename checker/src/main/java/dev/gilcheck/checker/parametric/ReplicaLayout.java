package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Moves replicas between the slots of a parametric system's worlds: the restriction of a world to
 * some of its replicas, the view of one replica, and the joins of two views into a world of two.
 */
public final class ReplicaLayout {
    private final ParametricSystem p;
    private final int other;
    private final int[] slotOfFiber;
    /** Per slot, the bits of each word its local fields occupy. */
    private final long[][] slotBits;
    /** Every slot's local fields at their neutral values, every other bit clear. */
    private final long[] neutralWorld;
    private final Field[][] locals;
    private final Field[] sharedPointers;
    private final Field[][] localPointers;

    public ReplicaLayout(ParametricSystem p) {
        this.p = p;
        this.other = p.slots().length - 1;
        this.slotOfFiber = new int[p.system().fibers().size()];
        Arrays.fill(slotOfFiber, -1);
        for (int s = 0; s < p.slots().length; s++) {
            slotOfFiber[p.slots()[s]] = s;
        }
        this.locals = p.locals().toArray(Field[][]::new);
        this.sharedPointers = p.sharedPointers().toArray(Field[]::new);
        this.localPointers = p.localPointers().toArray(Field[][]::new);
        int words = p.system().initial().length;
        this.slotBits = new long[p.slots().length][words];
        this.neutralWorld = new long[words];
        for (int k = 0; k < p.locals().size(); k++) {
            Field[] kind = p.locals().get(k);
            for (int s = 0; s < kind.length; s++) {
                slotBits[s][kind[s].word()] |= kind[s].wordMask();
                kind[s].set(neutralWorld, p.neutral()[k]);
            }
        }
    }

    public ParametricSystem system() {
        return p;
    }

    /** The pointer value naming slot {@code slot}. */
    int pointerTo(int slot) {
        return p.slots()[slot] + 1;
    }

    int otherPointer() {
        return pointerTo(other);
    }

    /** The slot a pointer value names, or -1 when it names no replica. */
    int slotOf(int pointer) {
        int fiber = pointer - 1;
        return fiber < 0 || fiber >= slotOfFiber.length ? -1 : slotOfFiber[fiber];
    }

    /**
     * {@code world} with replica {@code members[i]} moved to slot i, every other slot neutral, and
     * pointers to replicas not among the members renamed to OTHER.
     */
    long[] restrict(long[] world, int[] members) {
        long[] out = world.clone();
        for (int s = members.length; s < slotBits.length; s++) {
            long[] bits = slotBits[s];
            for (int w = 0; w < out.length; w++) {
                out[w] = out[w] & ~bits[w] | neutralWorld[w] & bits[w];
            }
        }
        for (int s = 0; s < members.length; s++) {
            if (members[s] != s) {
                for (Field[] kind : locals) {
                    kind[s].set(out, kind[members[s]].get(world));
                }
            }
        }
        int[] renamed = new int[p.slots().length];
        Arrays.fill(renamed, -1);
        for (int i = 0; i < members.length; i++) {
            renamed[members[i]] = i;
        }
        for (Field f : sharedPointers) {
            f.set(out, rename(f.get(world), renamed));
        }
        for (Field[] kind : localPointers) {
            for (int i = 0; i < members.length; i++) {
                kind[i].set(out, rename(kind[members[i]].get(world), renamed));
            }
        }
        return out;
    }

    private int rename(int pointer, int[] renamed) {
        int s = slotOf(pointer);
        if (s < 0) {
            return pointer;
        }
        return renamed[s] >= 0 ? pointerTo(renamed[s]) : otherPointer();
    }

    /** The view of replica {@code member} of {@code world}: the shared part and that replica, in slot 0. */
    public View view(long[] world, int member) {
        return new View(restrict(world, new int[] {member}), 1);
    }

    /** The views of a world whose first {@code members} slots hold replicas: one per replica. */
    public List<View> views(long[] world, int members) {
        List<View> out = new ArrayList<>(members);
        for (int s = 0; s < members; s++) {
            out.add(view(world, s));
        }
        return out;
    }

    /** The shared part of a view: its restriction to no replica. */
    View shared(View v) {
        return new View(restrict(v.world(), new int[0]), 0);
    }

    /** View a's world with view b's replica in slot 1: its pointers still as the two views name them. */
    long[] withSecond(View a, View b) {
        long[] t = a.world().clone();
        for (Field[] kind : locals) {
            kind[1].set(t, kind[0].get(b.world()));
        }
        return t;
    }

    /**
     * The worlds of two replicas whose views are {@code a} (slot 0) and {@code b} (slot 1), two views
     * with the same shared part. A pointer one view says names its own replica names it; a replica's
     * pointer to one outside its view may name the other replica or one outside both.
     */
    List<long[]> joins(View a, View b) {
        long[] t = withSecond(a, b);
        int[] fromB = new int[p.slots().length];
        Arrays.fill(fromB, -1);
        fromB[0] = 1;
        for (Field f : sharedPointers) {
            int merged = merge(f.get(t), rename(f.get(b.world()), fromB));
            if (merged < 0) {
                return List.of();
            }
            f.set(t, merged);
        }
        List<Field> open = new ArrayList<>();
        List<Integer> alternative = new ArrayList<>();
        for (Field[] kind : localPointers) {
            kind[1].set(t, rename(kind[0].get(b.world()), fromB));
            for (int s = 0; s < 2; s++) {
                if (kind[s].get(t) == otherPointer()) {
                    open.add(kind[s]);
                    alternative.add(pointerTo(1 - s));
                }
            }
        }
        List<long[]> out = new ArrayList<>();
        for (int choice = 0; choice < 1 << open.size(); choice++) {
            long[] world = t.clone();
            for (int i = 0; i < open.size(); i++) {
                if ((choice & 1 << i) != 0) {
                    open.get(i).set(world, alternative.get(i));
                }
            }
            out.add(world);
        }
        return out;
    }

    /** One shared pointer as view a says it ({@code inA}) and as view b says it, in slot 1 ({@code inB}); -1 when they contradict each other. */
    private int merge(int inA, int inB) {
        if (inA == inB) {
            return inA;
        }
        if (inA == otherPointer() && inB == pointerTo(1)) {
            return inB;
        }
        if (inB == otherPointer() && inA == pointerTo(0)) {
            return inA;
        }
        return -1;
    }
}
