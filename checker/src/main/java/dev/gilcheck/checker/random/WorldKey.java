package dev.gilcheck.checker.random;

import java.util.Arrays;

/** A packed world as a hash key, compared by content. */
record WorldKey(long[] world) {
    @Override
    public boolean equals(Object o) {
        return o instanceof WorldKey other && Arrays.equals(world, other.world);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(world);
    }
}
