package dev.gilcheck.checker.parametric;

import java.util.Arrays;

/**
 * A view: a world of the parametric system whose first {@code members} replica slots hold replicas
 * (in canonical order), every other slot the neutral state, and whose pointers to replicas outside
 * the view name OTHER. Equal views have equal arrays.
 */
public record View(long[] world, int members) {

    @Override
    public boolean equals(Object o) {
        return o instanceof View v && v.members == members && Arrays.equals(v.world, world);
    }

    /** A mixed hash: views differ in a few packed bits, which {@code Arrays.hashCode} clusters. */
    @Override
    public int hashCode() {
        long h = members;
        for (long word : world) {
            h = (h ^ word) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 32;
        }
        return (int) h;
    }

    @Override
    public String toString() {
        return members + ":" + Arrays.toString(world);
    }
}
