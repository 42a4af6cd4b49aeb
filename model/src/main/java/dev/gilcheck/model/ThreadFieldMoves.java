package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Field;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts one thread's per-thread fields in another thread's place with a few masked shifts rather
 * than a read and a write per field. Fields that lie in the same pair of words at the same distance
 * move together, and {@link World} lays out a thread's fields one after the other (its program
 * counter apart, after them all): most daemons move in two shifts, not a dozen reads and writes.
 */
final class ThreadFieldMoves {
    private final int threads;
    /** Per thread, per word: the bits of its per-thread fields ({@link World#perThreadBits}). */
    private final long[][] own;
    /** Per (from, to) pair, {@code from * threads + to}: the index of its first move; the next pair's ends them. */
    private final int[] first;
    /** Per move: the bits it takes from its source word, its words (source, then target from bit 8), and its shifts. */
    private final long[] masks;
    private final int[] words;
    private final int[] left;
    private final int[] right;

    ThreadFieldMoves(Field[][] perThread, long[][] own) {
        this.threads = own.length;
        this.own = own;
        first = new int[threads * threads + 1];
        Map<Integer, Map<Long, Long>> byPair = new LinkedHashMap<>();
        int count = 0;
        for (int from = 0; from < threads; from++) {
            for (int to = 0; to < threads; to++) {
                Map<Long, Long> moves = new LinkedHashMap<>();
                for (Field[] kind : perThread) {
                    Field source = kind[from];
                    Field target = kind[to];
                    long where = (long) source.word() | (long) target.word() << 8 | (long) (target.shift() - source.shift() + 64) << 16;
                    moves.merge(where, source.wordMask(), (a, b) -> a | b);
                }
                byPair.put(from * threads + to, moves);
                first[from * threads + to] = count;
                count += moves.size();
            }
        }
        first[threads * threads] = count;
        masks = new long[count];
        words = new int[count];
        left = new int[count];
        right = new int[count];
        int m = 0;
        for (Map<Long, Long> moves : byPair.values()) {
            for (Map.Entry<Long, Long> move : moves.entrySet()) {
                long where = move.getKey();
                int distance = (int) (where >>> 16) - 64;
                masks[m] = move.getValue();
                words[m] = (int) (where & 0xFFFF);
                left[m] = Math.max(distance, 0);
                right[m] = Math.max(-distance, 0);
                m++;
            }
        }
    }

    /** Thread {@code to}'s fields in {@code world} become thread {@code from}'s in {@code source}. */
    void copy(long[] source, int from, long[] world, int to) {
        long[] bits = own[to];
        for (int k = 0; k < bits.length; k++) {
            world[k] &= ~bits[k];
        }
        int pair = from * threads + to;
        for (int m = first[pair]; m < first[pair + 1]; m++) {
            world[words[m] >>> 8] |= (source[words[m] & 0xFF] & masks[m]) << left[m] >>> right[m];
        }
    }

    /** How many shifts put thread {@code from}'s fields in {@code to}'s place. */
    int moves(int from, int to) {
        return first[from * threads + to + 1] - first[from * threads + to];
    }
}
