package dev.gilcheck.checker.parametric;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import java.util.List;

/**
 * What a model declares for the any-N check: a concrete system with a few slots of its replicated
 * fiber, whose program does not depend on how many replicas there are, and which of its fields make
 * up a replica.
 *
 * <p>A pointer field holds a fiber's index + 1, 0 for none. The last slot is OTHER, "a replica outside
 * this view": it never steps (its program counter rests at a final point), its fields hold the
 * neutral local state, and pointers to any replica outside a view point at it. Steps compare such
 * pointers only with the acting fiber itself, or read through them fields that only the view
 * holding the pointee sees. Unused slots hold the neutral state too: not there at all.
 *
 * @param system          the concrete system, with {@code slots.length} replicas
 * @param slots           the replicas' fiber indices, OTHER last
 * @param locals          each kind of local field, one field per slot (the program counter among them)
 * @param neutral         each kind's value in an absent replica, in the order of {@code locals}
 * @param sharedPointers  shared fields whose value may name a replica
 * @param localPointers   kinds of local field (among {@code locals}) whose value may name a replica
 * @param invariants      the safety invariants a view set can prove for every N
 * @param progress        the invariant that is not a safety property (checked up to some N only)
 */
public record ParametricSystem(FiberSystem system, int[] slots, List<Field[]> locals, int[] neutral,
                               List<Field> sharedPointers, List<Field[]> localPointers, List<String> invariants,
                               String progress) {
    /** Replica slots the audits need: three replicas (explicit runs at N = 3) and OTHER. */
    public static final int SLOTS = 4;

    public ParametricSystem {
        if (slots.length != SLOTS) {
            throw new IllegalArgumentException("a parametric system has " + SLOTS + " replica slots, not " + slots.length);
        }
        slots = slots.clone();
        neutral = neutral.clone();
        locals = List.copyOf(locals);
        sharedPointers = List.copyOf(sharedPointers);
        localPointers = List.copyOf(localPointers);
        invariants = List.copyOf(invariants);
    }
}
