package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Instruction;
import dev.gilcheck.checker.engine.Site;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceMapTest {

    /** Every site the programs of strategy {@code s} can take, C threads included, with and without the proposed patches. */
    private static Set<Site> emitted(Strategy s) {
        Toggles patched = s.toggles();
        for (Toggle t : Toggle.values()) {
            if (t.isProposedPatch()) {
                patched = patched.on(t);
            }
        }
        Set<Site> sites = emitted(new CPythonModel(s, new Bounds(1, 1, 1, 1, 1)));
        sites.addAll(emitted(new CPythonModel(s, patched, new Bounds(1, 1, 1, 1, 1))));
        return sites;
    }

    private static Set<Site> emitted(CPythonModel model) {
        Set<Site> sites = new HashSet<>();
        FiberSystem system = model.system();
        for (Fiber f : system.fibers()) {
            for (int pc = 0; pc < f.program().size(); pc++) {
                sites.add(f.program().siteAt(pc));
                for (Instruction i : f.program().at(pc)) {
                    sites.add(i.site());
                }
            }
        }
        return sites;
    }

    @Test
    void everyMappedLineBelongsToAStepTheStrategyTakes() {
        for (Strategy s : Strategy.values()) {
            SourceMap src = new SourceMap(s);
            Set<Site> sites = emitted(s);
            for (Step step : Step.values()) {
                if (src.mapped(step)) {
                    assertTrue(sites.contains(src.site(step)), s.id() + " maps " + step + " but never takes it, patched or not");
                }
            }
        }
    }

    @Test
    void noStrategyHasAProposedPatchOn() {
        for (Strategy s : Strategy.values()) {
            for (Toggle t : Toggle.values()) {
                if (t.isProposedPatch()) {
                    assertTrue(s.toggles().value(t).equals(t.choices().get(0)), s.id() + " has " + t.id() + " on");
                }
            }
        }
    }

    @Test
    void labelsNameFileLineAndCommit() {
        Site site = new SourceMap(Strategy.FIX4_A36ADFA).site(Step.ENTRY_READ_TSTATE_INTERP);
        assertTrue(site.location().equals("Python/ceval_gil.h:231 @a36adfa"), site.location());
        assertTrue(site.label().equals("take_gil: read tstate->interp"), site.label());
    }

    /** A step whose wording differs between versions is one site: its key is the step, the wording a label. */
    @Test
    void aStepIsOneSiteWhateverItsWording() {
        Site before = new SourceMap(Strategy.PRE_BPO_9901).site(Step.BYTECODE);
        Site after = new SourceMap(Strategy.PY313).site(Step.BYTECODE);
        assertNotEquals(before.label(), after.label());
        assertEquals(before.key(), after.key());
    }
}
