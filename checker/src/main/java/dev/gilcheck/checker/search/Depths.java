package dev.gilcheck.checker.search;

/**
 * The depth of each world, by id. While ids come in order of depth (breadth-first) it keeps only
 * the first id of each level; the first time a world is shallower than the one before it
 * (depth-first), it writes out every world's depth from then on.
 */
final class Depths {
    private final IntList levelStart = new IntList();
    private IntList each;
    private int size;

    void add(int depth) {
        if (each == null && depth < levelStart.size() - 1) {
            IntList all = new IntList();
            for (int id = 0; id < size; id++) {
                all.add(get(id));
            }
            each = all;
        }
        if (each != null) {
            each.add(depth);
        } else if (depth == levelStart.size()) {
            levelStart.add(size);
        }
        size++;
    }

    /** The depth of world {@code id}; at once for the last two levels, where a breadth-first search asks. */
    int get(int id) {
        if (each != null) {
            return each.get(id);
        }
        int last = levelStart.size() - 1;
        if (last > 0 && id >= levelStart.get(last - 1)) {
            return id >= levelStart.get(last) ? last : last - 1;
        }
        int low = 0;
        int high = last;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (levelStart.get(mid) <= id) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    long bytes() {
        return levelStart.bytes() + (each == null ? 0 : each.bytes());
    }
}
