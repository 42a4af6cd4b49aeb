package dev.gilcheck.checker.engine;

/**
 * One named value of a packed world: {@code bits} bits of the long at index {@code word}, starting at
 * {@code shift}. Values are unsigned and never straddle two words.
 */
public record Field(String name, int word, int shift, int bits) {

    public int get(long[] world) {
        return (int) ((world[word] >>> shift) & mask());
    }

    public boolean isSet(long[] world) {
        return get(world) != 0;
    }

    public void set(long[] world, int value) {
        if (value < 0 || value > mask()) {
            throw new IllegalArgumentException(name + " cannot hold " + value + " (max " + mask() + ")");
        }
        world[word] = (world[word] & ~(mask() << shift)) | ((long) value << shift);
    }

    public void set(long[] world, boolean value) {
        set(world, value ? 1 : 0);
    }

    public int max() {
        return (int) mask();
    }

    /** The bits of its word this field occupies. */
    public long wordMask() {
        return mask() << shift;
    }

    private long mask() {
        return (1L << bits) - 1;
    }
}
