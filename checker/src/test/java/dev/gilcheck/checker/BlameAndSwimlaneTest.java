package dev.gilcheck.checker;

import dev.gilcheck.checker.engine.Blame;
import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Layout;
import dev.gilcheck.checker.engine.ProgramBuilder;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Schedule;
import dev.gilcheck.checker.engine.Site;
import dev.gilcheck.checker.engine.SourceLocation;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.TraceStep;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.checker.search.BfsExplorer;
import dev.gilcheck.checker.search.Limits;
import dev.gilcheck.checker.search.SearchResult;
import dev.gilcheck.checker.view.Swimlane;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check-then-use race without any CPython: A touches an unrelated flag, then frees an object; B
 * checks that the object is alive, then uses it. The search finds the race; blame must name A's
 * free (not the unrelated write) and the swimlanes must mark both steps.
 */
class BlameAndSwimlaneTest {

    private static Site site(String fn, int line, String action) {
        return new Site(fn + ": " + action, fn, "toy.c:" + line + " @r1", action);
    }

    private record Race(FiberSystem system, Field noise, Field freed) {
    }

    private static Race race() {
        Layout.Builder b = Layout.builder();
        Field noise = b.flag("noise");
        Field freed = b.flag("obj freed");
        Field gone = b.flag("B.gone");
        Field[] pc = {b.field("A.pc", 3), b.field("B.pc", 3)};
        Layout layout = b.build();
        ProgramBuilder a = new ProgramBuilder("freer");
        a.step(site("touch", 10, "set noise"), m -> m.set(noise, true));
        a.step(site("teardown", 20, "free obj"), m -> m.set(freed, true));
        a.end(site("teardown", 21, "done"));
        ProgramBuilder u = new ProgramBuilder("user");
        Label out = u.label("out");
        u.step(site("worker", 30, "check obj alive"), m -> {
            if (m.isSet(freed)) {
                m.set(gone, true);
                m.jump(out);
            }
        });
        u.step(site("worker", 31, "use obj"), m -> {
            if (m.isSet(freed)) {
                m.violate("use-after-free", true);
            }
        });
        u.place(out).end(site("worker", 32, "done"));
        List<Fiber> fibers = List.of(new Fiber("A", a.build(), pc[0]), new Fiber("B", u.build(), pc[1]));
        return new Race(new FiberSystem(layout, fibers, layout.newWorld(), w -> false, w -> pc[0].get(w) == 2, 0),
                noise, freed);
    }

    private static Witness witness(Race r) {
        SearchResult result = new BfsExplorer(r.system(), Limits.forHeap(), "progress").explore();
        assertEquals(1, result.witnesses().size(), result.witnesses().toString());
        return result.witnesses().get(0);
    }

    @Test
    void blameNamesTheFreeNotTheUnrelatedWrite() {
        Race r = race();
        Witness w = witness(r);
        List<Blame.Cause> causes = Blame.of(r.system(), w.trace(), List.of(r.noise(), r.freed()));
        assertEquals(1, causes.size(), causes.toString());
        Blame.Cause cause = causes.get(0);
        assertEquals(r.freed(), cause.field());
        assertEquals("free obj", w.trace().steps().get(cause.step() - 1).site().action());
        assertTrue(cause.step() < w.length());
    }

    @Test
    void aRunThatBreaksNothingHasNoCause() {
        Race r = race();
        Trace clean = new Replayer(r.system()).replay(Schedule.parse("A A B"));
        assertTrue(Blame.of(r.system(), clean, List.of(r.noise(), r.freed())).isEmpty());
    }

    @Test
    void swimlanesPutEachStepInItsFibersColumnAndMarkCauseAndViolation() {
        Race r = race();
        Witness w = witness(r);
        List<Blame.Cause> causes = Blame.of(r.system(), w.trace(), List.of(r.noise(), r.freed()));
        String text = new Swimlane(w.trace(), List.of("A", "B"), causes, new Swimlane.Style(72, false)).render();
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).matches("\\s+\\| A\\s+\\| B"), lines.get(0));
        int bar = lines.get(0).lastIndexOf('|');
        for (TraceStep s : w.trace().steps()) {
            String row = lines.get(s.number());
            int cell = row.indexOf(s.site().function() + ":");
            assertTrue(cell > 0, row);
            assertEquals(s.fiber().equals("B"), cell > bar, row);
        }
        int causeStep = causes.get(0).step();
        assertTrue(lines.get(causeStep).matches("\\s*" + causeStep + "\\* .*teardown:20.*"), lines.get(causeStep));
        assertTrue(lines.get(w.length()).matches("\\s*" + w.length() + "! .*worker:31.*"), lines.get(w.length()));
        assertTrue(text.contains("It set obj freed"), text);
        assertTrue(lines.stream().allMatch(l -> l.length() <= 72), text);
        assertFalse(text.contains("\u001b["));
    }

    @Test
    void colourIsOnlyAddedWhenAsked() {
        Race r = race();
        Witness w = witness(r);
        String coloured = new Swimlane(w.trace(), List.of("A", "B"), List.of(), new Swimlane.Style(100, true)).render();
        assertTrue(coloured.contains("\u001b[1;37;41m"), coloured);
        String plain = new Swimlane(w.trace(), List.of("A", "B"), List.of(), new Swimlane.Style(100, false)).render();
        assertEquals(plain, coloured.replaceAll("\u001b\\[[0-9;]*m", "").lines().map(String::stripTrailing)
                .reduce("", (x, y) -> x + y + "\n"));
    }

    @Test
    void narrowTerminalsStillGetEveryLane() {
        Race r = race();
        Witness w = witness(r);
        String text = new Swimlane(w.trace(), List.of("A", "B"), List.of(), new Swimlane.Style(20, false)).render();
        assertTrue(text.lines().findFirst().orElseThrow().contains("B"), text);
    }

    @Test
    void locationsGiveTheirLineAndWhetherItIsApproximate() {
        assertEquals(new SourceLocation("Python/ceval_gil.h", 231, false, "a36adfa"),
                SourceLocation.parse("Python/ceval_gil.h:231 @a36adfa"));
        assertEquals(":~400", SourceLocation.parse("Python/ceval.c:~400 @a36adfa").lineLabel());
        assertEquals(new SourceLocation("Python/pystate.c", 0, false, "v3.9.0"),
                SourceLocation.parse("Python/pystate.c @v3.9.0"));
        assertEquals("", SourceLocation.parse("toy.c").lineLabel());
    }
}
