package dev.gilcheck.checker.store;

/** 64-bit hashing of packed worlds (murmur3's finalizer over a multiplicative fold). */
public final class Hashing {
    private Hashing() {
    }

    static long hash(long[] world) {
        return hash(world, 0, world.length);
    }

    /** The hash of the world held in {@code words[from .. from + width)}. */
    static long hash(long[] words, int from, int width) {
        long h = 0x9E3779B97F4A7C15L;
        for (int k = from; k < from + width; k++) {
            h = mix(h ^ words[k]) * 0xC2B2AE3D27D4EB4FL;
        }
        return mix(h);
    }

    /** A 64-bit fingerprint of {@code world}, never 0 (0 marks an empty slot in fingerprint tables). */
    public static long fingerprint(long[] world) {
        return fingerprint(hash(world));
    }

    /** The fingerprint of a world whose {@link #hash} is {@code hash}. */
    static long fingerprint(long hash) {
        return hash == 0 ? 1 : hash;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
