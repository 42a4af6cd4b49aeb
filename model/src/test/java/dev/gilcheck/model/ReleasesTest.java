package dev.gilcheck.model;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Instruction;
import dev.gilcheck.checker.engine.Site;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleasesTest {

    /** The steps with a source statement that the release's strategy takes (C threads included). */
    static Set<Step> stepsWithALine(Release release) {
        SourceMap src = new SourceMap(release);
        Set<Site> sites = new HashSet<>();
        FiberSystem system = new CPythonModel(release, release.strategy().toggles(), new Bounds(1, 1, 1, 1)).system();
        for (Fiber f : system.fibers()) {
            for (int pc = 0; pc < f.program().size(); pc++) {
                sites.add(f.program().siteAt(pc));
                for (Instruction i : f.program().at(pc)) {
                    sites.add(i.site());
                }
            }
        }
        Set<Step> out = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            boolean noStatement = step.name().startsWith("END_") || step == Step.PROCESS_EXIT || step == Step.BYTECODE;
            if (!noStatement && sites.contains(src.site(step))) {
                out.add(step);
            }
        }
        return out;
    }

    @Test
    void everyReleaseHasOneExactRowPerStepItsStrategyTakes() {
        for (Release r : Releases.all()) {
            assertEquals(stepsWithALine(r), r.rows().keySet(), r + ": rows against the steps " + r.strategy().id() + " takes");
            for (SourceRow row : r.rows().values()) {
                assertTrue(row.exact(), r + " " + row.step() + ": a release's line is the statement's own line, not ~");
            }
        }
    }

    @Test
    void releaseLabelsKeepTheStrategysSitesAndUseTheReleasesLines() {
        Release r = Releases.byVersion("3.11.7");
        Site site = new SourceMap(r).site(Step.ENTRY_READ_TSTATE_INTERP);
        SourceRow row = r.rows().get(Step.ENTRY_READ_TSTATE_INTERP);
        assertEquals(new SourceMap(r.strategy()).site(Step.ENTRY_READ_TSTATE_INTERP).key(), site.key());
        assertEquals(row.file() + ":" + row.line() + " @v3.11.7", site.location());
    }

    @Test
    void anUnknownVersionIsBadInputNamingTheValidOnes() {
        BadInputException e = assertThrows(BadInputException.class, () -> Releases.byVersion("3.11.99"));
        assertTrue(e.getMessage().contains("3.11.7") && !e.getMessage().contains("\n"), e.getMessage());
    }
}
