package dev.gilcheck.checker.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The shape of a packed world: a fixed number of longs holding named bit fields. A world is a
 * {@code long[]} of {@link #words()} longs, so it can be hashed, compared and stored without any
 * per-state object graph.
 */
public final class Layout {
    private final List<Field> fields;
    private final int words;

    private Layout(List<Field> fields, int words) {
        this.fields = Collections.unmodifiableList(fields);
        this.words = Math.max(words, 1);
    }

    public static Builder builder() {
        return new Builder();
    }

    public int words() {
        return words;
    }

    public List<Field> fields() {
        return fields;
    }

    /** Per word, how many of its low bits fields use: the bits above are always 0. */
    public int[] usedBits() {
        int[] used = new int[words];
        for (Field f : fields) {
            used[f.word()] = Math.max(used[f.word()], f.shift() + f.bits());
        }
        return used;
    }

    public long[] newWorld() {
        return new long[words];
    }

    /** Allocates fields first-fit into 64-bit words. */
    public static final class Builder {
        private final List<Field> fields = new ArrayList<>();
        private final List<Integer> used = new ArrayList<>();

        public Field field(String name, int maxValue) {
            int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(maxValue));
            for (int w = 0; w < used.size(); w++) {
                if (used.get(w) + bits <= Long.SIZE) {
                    return place(name, w, bits);
                }
            }
            used.add(0);
            return place(name, used.size() - 1, bits);
        }

        public Field flag(String name) {
            return field(name, 1);
        }

        private Field place(String name, int word, int bits) {
            Field f = new Field(name, word, used.get(word), bits);
            used.set(word, used.get(word) + bits);
            fields.add(f);
            return f;
        }

        public Layout build() {
            return new Layout(new ArrayList<>(fields), used.size());
        }
    }
}
