package dev.gilcheck.checker.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Every combination of options along some dimensions, dimension {@code d} taking values
 * {@code 0..radix[d]-1}, where 0 means "no option" (the default) and every other value is an
 * option of its own. A combination is numbered in mixed radix, dimension 0 varying fastest; a
 * sub-combination keeps some of its options and puts the others back to 0.
 *
 * <p>{@link #minimal} finds the minimal combinations of a property: those that have it while
 * none of their proper sub-combinations does. With the property "the site is unreachable" these
 * are the minimal sufficient sets of an ablation.
 */
public final class Combinations {
    private final int[] radix;
    private final int count;

    public Combinations(int[] radix) {
        this.radix = radix.clone();
        long n = 1;
        for (int r : radix) {
            if (r < 1) {
                throw new IllegalArgumentException("a dimension needs at least its default value");
            }
            n *= r;
        }
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(n + " combinations are too many");
        }
        this.count = (int) n;
    }

    public int count() {
        return count;
    }

    public int dimensions() {
        return radix.length;
    }

    /** The value of each dimension in combination {@code index}. */
    public int[] values(int index) {
        int[] v = new int[radix.length];
        int rest = index;
        for (int d = 0; d < radix.length; d++) {
            v[d] = rest % radix[d];
            rest /= radix[d];
        }
        return v;
    }

    public int index(int[] values) {
        int index = 0;
        for (int d = radix.length - 1; d >= 0; d--) {
            index = index * radix[d] + values[d];
        }
        return index;
    }

    /** The number of options (non-default values) in combination {@code index}. */
    public int size(int index) {
        int n = 0;
        for (int v : values(index)) {
            n += v == 0 ? 0 : 1;
        }
        return n;
    }

    /** Whether every option of {@code inner} is also an option of {@code outer}. */
    public boolean contains(int outer, int inner) {
        int[] o = values(outer);
        int[] i = values(inner);
        for (int d = 0; d < radix.length; d++) {
            if (i[d] != 0 && i[d] != o[d]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The combinations containing {@code context} that have {@code property} while no proper
     * sub-combination still containing {@code context} has it, fewest options first. With the
     * empty context (0) these are the plain minimal combinations.
     */
    public List<Integer> minimal(IntPredicate property, int context) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            if (contains(c, context) && property.test(c) && noProperSubHas(c, context, property)) {
                out.add(c);
            }
        }
        out.sort((a, b) -> size(a) != size(b) ? Integer.compare(size(a), size(b)) : Integer.compare(a, b));
        return out;
    }

    private boolean noProperSubHas(int c, int context, IntPredicate property) {
        int[] v = values(c);
        int[] fixed = values(context);
        List<Integer> free = new ArrayList<>();
        for (int d = 0; d < v.length; d++) {
            if (v[d] != 0 && fixed[d] == 0) {
                free.add(d);
            }
        }
        for (int mask = 0; mask < (1 << free.size()) - 1; mask++) {
            int[] sub = v.clone();
            for (int k = 0; k < free.size(); k++) {
                if ((mask & (1 << k)) == 0) {
                    sub[free.get(k)] = 0;
                }
            }
            if (property.test(index(sub))) {
                return false;
            }
        }
        return true;
    }
}
