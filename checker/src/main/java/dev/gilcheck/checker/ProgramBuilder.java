package dev.gilcheck.checker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a fiber's program the way the modelled code reads: one call per step, in order, with
 * labels for the jumps. Example:
 *
 * <pre>
 *   Label ready = code.label("ready");
 *   code.await(lockSite, "gil->mutex is free", m -&gt; free(m), m -&gt; { lock(m); if (!locked(m)) m.jump(ready); });
 * </pre>
 */
public final class ProgramBuilder {
    private final String name;
    private final List<List<Instruction>> points = new ArrayList<>();
    private final Map<Integer, Site> finals = new HashMap<>();
    private final List<Label> pending = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();

    public ProgramBuilder(String name) {
        this.name = name;
    }

    public Label label(String labelName) {
        Label l = new Label(labelName);
        labels.add(l);
        return l;
    }

    /** Binds {@code l} to the next step written. */
    public ProgramBuilder place(Label l) {
        pending.add(l);
        return this;
    }

    /** A step that can always run. */
    public ProgramBuilder step(Site site, Action action) {
        return point(new Instruction(site, null, null, null, action));
    }

    /** A step that blocks until {@code guard} holds; {@code waitsFor} says what it waits for. */
    public ProgramBuilder await(Site site, String waitsFor, Guard guard, Action action) {
        return point(new Instruction(site, null, guard, waitsFor, action));
    }

    /** A point with several alternatives, each an instruction with its own tag. */
    public ProgramBuilder choice(Instruction... alternatives) {
        for (Instruction i : alternatives) {
            if (i.tag() == null) {
                throw new IllegalArgumentException("every alternative of a choice needs a tag: " + i.site());
            }
        }
        return point(alternatives);
    }

    /** A final point: the fiber stays here for ever (finished, exited, or waiting for nothing). */
    public ProgramBuilder end(Site site) {
        finals.put(points.size(), site);
        return point();
    }

    public int nextPc() {
        return points.size();
    }

    private ProgramBuilder point(Instruction... alternatives) {
        for (Label l : pending) {
            l.bind(points.size());
        }
        pending.clear();
        points.add(List.copyOf(Arrays.asList(alternatives)));
        return this;
    }

    public Program build() {
        if (!pending.isEmpty()) {
            throw new IllegalStateException("labels " + pending + " placed after the last step of " + name);
        }
        for (Label l : labels) {
            l.pc();
        }
        List<Site> finalSites = new ArrayList<>();
        for (int pc = 0; pc < points.size(); pc++) {
            finalSites.add(finals.get(pc));
        }
        return new Program(name, points, finalSites);
    }
}
