package dev.gilcheck.checker.search;

/**
 * How far an exhaustive search may go before it stops and reports what it saw so far.
 *
 * @param maxStates  distinct worlds at most
 * @param maxBytes   bytes of search data (store, witnesses, graph) at most
 * @param maxSeconds wall-clock seconds at most
 */
public record Limits(int maxStates, long maxBytes, double maxSeconds) {
    public Limits(int maxStates, long maxBytes) {
        this(maxStates, maxBytes, Double.POSITIVE_INFINITY);
    }

    /** Limits that fit the heap this JVM has, keeping a quarter of it for everything else. */
    public static Limits forHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        return new Limits(Integer.MAX_VALUE - 16, heap / 4 * 3);
    }

    public Limits withMaxSeconds(double seconds) {
        return new Limits(maxStates, maxBytes, seconds);
    }

    /** Why a search with {@code states} worlds and {@code bytes} of data (growing by {@code growth}) must stop, or null. */
    Stop reached(long states, long bytes, long growth, double seconds) {
        if (states >= maxStates) {
            return new Stop(StopReason.STATES, "stopped at the limit of " + maxStates + " states");
        }
        if (bytes + growth >= maxBytes) {
            return memoryStop(bytes);
        }
        if (seconds >= maxSeconds) {
            return new Stop(StopReason.TIME, "stopped at the time limit of " + seconds(maxSeconds) + " s");
        }
        return null;
    }

    /** A limit in seconds as given: 0.5 as 0.5 (not rounded to 1), 60 as 60. */
    public static String seconds(double limit) {
        return new java.math.BigDecimal(Double.toString(limit)).stripTrailingZeros().toPlainString();
    }

    Stop memoryStop(long bytes) {
        return new Stop(StopReason.MEMORY, String.format(java.util.Locale.ROOT, "stopped before the heap ran out:"
                + " %,d MB of search data, and the next growth would pass the %,d MB this JVM can spare",
                bytes >> 20, maxBytes >> 20));
    }
}
