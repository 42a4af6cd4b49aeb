package dev.gilcheck.model;

import java.util.Arrays;

/**
 * Folds the bits of each daemon's own fields, wherever the layout put them, into one long, its tag:
 * each word's share is masked and rotated so that no two shares overlap, so two worlds give a daemon
 * the same tag exactly when its own fields are equal. The layout puts a daemon's fields one after
 * the other (its program counter and its store buffer after everyone's), so its shares are few;
 * where they do not fit in 64 bits there is no fold, and {@link #folds} says so.
 */
final class OwnBitsFold {
    /** Daemon {@code d}'s shares are {@code first[d]} to {@code first[d + 1]}: each a word, the bits of the daemon's in it, a rotation. */
    private final int[] first;
    private final int[] word;
    private final long[] mask;
    private final int[] rotation;
    private final boolean folds;

    /** Folds daemons 1 to {@code daemons}, whose own bits {@code own} gives per thread and word ({@link World#perThreadBits}). */
    OwnBitsFold(long[][] own, int daemons) {
        int words = own[0].length;
        first = new int[daemons + 2];
        int[] shareWord = new int[(daemons + 1) * words];
        long[] shareMask = new long[shareWord.length];
        int[] shareRotation = new int[shareWord.length];
        boolean all = true;
        int share = 0;
        for (int d = 1; d <= daemons; d++) {
            first[d] = share;
            long taken = 0;
            for (int k = 0; k < words; k++) {
                long bits = own[d][k];
                if (bits == 0) {
                    continue;
                }
                int r = 0;
                while (r < Long.SIZE && (Long.rotateLeft(bits, r) & taken) != 0) {
                    r++;
                }
                all &= r < Long.SIZE;
                taken |= Long.rotateLeft(bits, r);
                shareWord[share] = k;
                shareMask[share] = bits;
                shareRotation[share] = r;
                share++;
            }
        }
        first[daemons + 1] = share;
        word = Arrays.copyOf(shareWord, share);
        mask = Arrays.copyOf(shareMask, share);
        rotation = Arrays.copyOf(shareRotation, share);
        folds = all;
    }

    /** Whether every daemon's own fields fold into a tag. */
    boolean folds() {
        return folds;
    }

    /** Daemon {@code d}'s own fields in {@code world}, folded. */
    long tag(long[] world, int d) {
        long tag = 0;
        for (int s = first[d]; s < first[d + 1]; s++) {
            tag |= Long.rotateLeft(world[word[s]] & mask[s], rotation[s]);
        }
        return tag;
    }
}
