package dev.gilcheck.reproduce;

import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Releases;
import dev.gilcheck.model.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a witness is cut into runs and stops, without gdb. */
class WitnessPlanTest {

    private static WitnessPlan plan(String release, String schedule) {
        CPythonModel model = new CPythonModel(Releases.byVersion(release),
                Releases.byVersion(release).strategy().toggles(), Bounds.DEFAULT);
        Witness w = Witnesses.forSchedule(model, schedule);
        return WitnessPlan.of(model, w.trace(), w.violation(), Integer.parseInt(release.split("\\.")[1]));
    }

    @Test
    void takeGilWindowOnThreeNine() {
        WitnessPlan p = plan("3.9.18", "M D1 M M D1");
        List<WitnessPlan.Segment> s = p.segments();
        assertEquals(3, s.size());
        assertEquals(new WitnessPlan.Segment("M", List.of(1), null,
                Probe.breakAt("_PyRuntimeState_SetFinalizing", "_PyRuntimeState_SetFinalizing")), s.get(0));
        assertEquals(new WitnessPlan.Segment("D1", List.of(2), null, Probe.access("take_gil", "interp", 0)), s.get(1));
        assertEquals(new WitnessPlan.Segment("M", List.of(3, 4), null, Probe.free("D2")), s.get(2),
                "after freeing D1 the main thread stops at free() of D2, the next in the list");
        assertEquals(new WitnessPlan.Ending("access", "D1", 5, "take_gil", ""), p.ending());
        assertNull(p.cannot());
    }

    @Test
    void aStopSeenEarlierInTheSameRunIsCountedOnThreeTwelve() {
        WitnessPlan p = plan("3.12.1", "M D1 D1 D1 D1 D1 D1 D1 D1.timeout D1 D1 D1 M M M M M D1 D1 D1.timeout D1 D1"
                + " M M M M M M");
        WitnessPlan.Segment daemon = p.segments().get(1);
        assertEquals("D1", daemon.fiber());
        assertEquals(Probe.returnFrom("_PyThreadState_MustExit", "take_gil").times(2), daemon.stop(),
                "the entry check and the wait-loop check both return from _PyThreadState_MustExit before the stop");
        WitnessPlan.Segment last = p.segments().get(p.segments().size() - 1);
        assertEquals(Probe.park("drop_gil"), last.stop(), "the main thread ends blocked in drop_gil's wait");
        assertEquals("hang", p.ending().kind());
        assertEquals("drop_gil", p.ending().function());
    }

    @Test
    void aCThreadCannotBeForced() {
        CPythonModel model = new CPythonModel(Strategy.PY313, new Bounds(1, 1, 1, 1));
        Witness w = Witnesses.all(model).stream().filter(x -> x.trace().steps().stream()
                .anyMatch(t -> t.fiber().startsWith("C"))).findFirst().orElseThrow();
        WitnessPlan p = WitnessPlan.of(model, w.trace(), w.violation(), 13);
        assertTrue(p.cannot().contains("C thread"), p.cannot());
    }
}
