package dev.gilcheck.checker;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Layout;
import dev.gilcheck.checker.store.ExactStateStore;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StoreAndLayoutTest {

    @Test
    void packsFieldsWithoutOverlap() {
        Layout.Builder b = Layout.builder();
        Field[] fields = new Field[40];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = b.field("f" + i, (1 << (i % 7)) + 1);
        }
        Layout layout = b.build();
        long[] w = layout.newWorld();
        for (int i = 0; i < fields.length; i++) {
            fields[i].set(w, fields[i].max() - (i % 2));
        }
        for (int i = 0; i < fields.length; i++) {
            assertEquals(fields[i].max() - (i % 2), fields[i].get(w), fields[i].name());
        }
        assertThrows(IllegalArgumentException.class, () -> fields[0].set(w, fields[0].max() + 1));
    }

    @Test
    void exactStoreGivesDenseIdsAndFindsEveryWorldAgain() {
        ExactStateStore store = new ExactStateStore(3);
        Map<String, Integer> ids = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            long[] w = {random.nextInt(300), random.nextInt(300), random.nextInt(3)};
            String key = w[0] + "," + w[1] + "," + w[2];
            int r = store.add(w);
            Integer known = ids.get(key);
            if (known == null) {
                assertEquals(ids.size(), r);
                ids.put(key, r);
            } else {
                assertEquals(-(known + 1), r);
            }
        }
        assertEquals(ids.size(), store.size());
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            String[] parts = e.getKey().split(",");
            long[] w = {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
            assertArrayEquals(w, store.get(e.getValue()));
        }
    }

    @Test
    void exactStoreKeepsIdsWhenTheyOutgrowTheirFirstBits() {
        ExactStateStore store = new ExactStateStore(1);
        int n = (1 << 20) + 5_000;
        for (int i = 0; i < n; i++) {
            assertEquals(i, store.add(new long[] {i * 0x9E3779B97F4A7C15L}));
        }
        for (int i = 0; i < n; i += 7) {
            assertEquals(-(i + 1), store.add(new long[] {i * 0x9E3779B97F4A7C15L}));
        }
        assertEquals(n, store.size());
    }
}
