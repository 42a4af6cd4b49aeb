package dev.gilcheck.model;

import dev.gilcheck.checker.memory.MemoryModel;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A daemon's tag is one to one with its own fields, or the symmetry would give two different daemons
 * one key: each bit of the daemon's own fields lands on a tag bit of its own, and no other bit of
 * the world lands anywhere. Checked bit by bit on the layouts of both memory models, at several bounds.
 */
class OwnBitsFoldTest {

    @Test
    void eachOwnBitHasATagBitOfItsOwnAndNoOtherBitCounts() {
        int folded = 0;
        for (MemoryModel memory : MemoryModel.values()) {
            for (Bounds bounds : new Bounds[] {new Bounds(2, 1, 1, 0), new Bounds(4, 1, 2, 2), new Bounds(7, 2, 1, 1)}) {
                World w = new World(bounds, memory);
                int[] sizes = new int[bounds.fibers()];
                Arrays.fill(sizes, 100);
                w.seal(sizes);
                OwnBitsFold fold = new OwnBitsFold(w.perThreadBits(), bounds.daemons());
                if (fold.folds()) {
                    oneToOne(w, fold, memory + " " + bounds);
                    folded++;
                }
            }
        }
        assertEquals(6, folded, "layouts that fold");
    }

    private static void oneToOne(World w, OwnBitsFold fold, String where) {
        int words = w.layout().words();
        long[][] bits = w.perThreadBits();
        for (int d = 1; d <= w.bounds.daemons(); d++) {
            long[] own = bits[d];
            Set<Long> tagBits = new HashSet<>();
            for (int k = 0; k < words; k++) {
                for (int bit = 0; bit < Long.SIZE; bit++) {
                    long[] world = new long[words];
                    world[k] = 1L << bit;
                    long tag = fold.tag(world, d);
                    if ((own[k] & world[k]) == 0) {
                        assertEquals(0, tag, where + ": D" + d + " reads word " + k + " bit " + bit + ", not its own");
                    } else {
                        assertEquals(1, Long.bitCount(tag), where + ": D" + d + " word " + k + " bit " + bit);
                        assertTrue(tagBits.add(tag), where + ": D" + d + " word " + k + " bit " + bit + " shares a tag bit");
                    }
                }
            }
        }
    }
}
