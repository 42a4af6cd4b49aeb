package dev.gilcheck.checker;

import java.util.Arrays;

/** A growable array of ints, for per-world data kept by id without boxing. */
final class IntList {
    private int[] data = new int[1024];
    private int size;

    void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = v;
    }

    int get(int i) {
        return data[i];
    }

    void set(int i, int v) {
        data[i] = v;
    }

    int size() {
        return size;
    }

    long bytes() {
        return 4L * data.length;
    }

    long growthBytes() {
        return 8L * data.length;
    }
}
