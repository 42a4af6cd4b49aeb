package dev.gilcheck.checker;

/**
 * How far an exhaustive search may go before it stops and reports what it saw so far.
 *
 * @param maxStates  distinct worlds at most
 * @param maxBytes   bytes of search data (store, witnesses, graph) at most
 */
public record Limits(int maxStates, long maxBytes) {

    /** Limits that fit the heap this JVM has, keeping a quarter of it for everything else. */
    public static Limits forHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        return new Limits(Integer.MAX_VALUE - 16, heap / 4 * 3);
    }
}
