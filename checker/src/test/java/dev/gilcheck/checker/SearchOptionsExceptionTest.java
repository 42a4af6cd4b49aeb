package dev.gilcheck.checker;

import dev.gilcheck.checker.search.BfsExplorer;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchOptions;
import dev.gilcheck.checker.search.SearchOptionsException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The checker refuses options with a typed problem and a message that names no front end's flags. */
class SearchOptionsExceptionTest {

    @Test
    void eachProblemIsTypedAndNamesNoFlag() {
        assertProblem(SearchOptionsException.Problem.THREADS_OUT_OF_RANGE,
                () -> new SearchOptions(SearchOptions.Order.BFS, true, false, false, 0));
        assertProblem(SearchOptionsException.Problem.PARALLEL_DEPTH_FIRST,
                () -> new SearchOptions(SearchOptions.Order.DFS, true, false, false, 2));
        assertProblem(SearchOptionsException.Problem.PARALLEL_EXACT,
                () -> new SearchOptions(SearchOptions.Order.BFS, false, false, false, 2));
        assertProblem(SearchOptionsException.Problem.NO_SYMMETRY,
                () -> new BfsExplorer(ToySystems.coin(), new Limits(100, 1 << 20), "p",
                        SearchOptions.PLAIN.withSymmetry(true)));
        assertProblem(SearchOptionsException.Problem.NO_PRIVATE_FIELDS,
                () -> new BfsExplorer(ToySystems.coin(), new Limits(100, 1 << 20), "p",
                        SearchOptions.PLAIN.withPor(true)));
    }

    private static void assertProblem(SearchOptionsException.Problem expected, Runnable refused) {
        SearchOptionsException e = assertThrows(SearchOptionsException.class, refused::run);
        assertEquals(expected, e.problem());
        assertFalse(e.getMessage().contains("--"), e.getMessage());
    }
}
