package dev.gilcheck.checker;

import dev.gilcheck.checker.search.Combinations;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CombinationsTest {
    private final Combinations c = new Combinations(new int[] {2, 3, 2, 4});

    @Test
    void indicesAndValuesRoundTrip() {
        assertEquals(48, c.count());
        for (int i = 0; i < c.count(); i++) {
            assertEquals(i, c.index(c.values(i)));
        }
        assertArrayEquals(new int[] {1, 2, 0, 3}, c.values(c.index(new int[] {1, 2, 0, 3})));
        assertEquals(3, c.size(c.index(new int[] {1, 2, 0, 3})));
    }

    /** The definition, by brute force over all pairs: has the property, and no proper sub-combination has it. */
    private List<Integer> bruteMinimal(IntPredicate p, int context) {
        List<Integer> out = new ArrayList<>();
        for (int x = 0; x < c.count(); x++) {
            if (!c.contains(x, context) || !p.test(x)) {
                continue;
            }
            boolean minimal = true;
            for (int y = 0; y < c.count(); y++) {
                if (y != x && c.contains(x, y) && c.contains(y, context) && p.test(y)) {
                    minimal = false;
                }
            }
            if (minimal) {
                out.add(x);
            }
        }
        return out;
    }

    @Test
    void minimalCombinationsMatchTheDefinitionOnRandomProperties() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            boolean[] has = new boolean[c.count()];
            for (int i = 0; i < has.length; i++) {
                has[i] = random.nextInt(3) == 0;
            }
            int context = random.nextBoolean() ? 0 : random.nextInt(c.count());
            IntPredicate p = i -> has[i];
            List<Integer> got = c.minimal(p, context);
            List<Integer> want = bruteMinimal(p, context);
            assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList(), "round " + round);
            for (int k = 1; k < got.size(); k++) {
                assertTrue(c.size(got.get(k - 1)) <= c.size(got.get(k)), "fewest options first");
            }
        }
    }

    @Test
    void eachNonDefaultValueIsItsOwnOption() {
        // dimension 1 has options 1 and 2; only option 2 closes: {d1=2} is minimal, {d1=1} is not a subset of it
        IntPredicate closes = i -> c.values(i)[1] == 2;
        assertEquals(List.of(c.index(new int[] {0, 2, 0, 0})), c.minimal(closes, 0));
    }

    @Test
    void thePropertyOfTheEmptyCombinationMakesItTheOnlyMinimalOne() {
        assertEquals(List.of(0), c.minimal(i -> true, 0));
    }
}
