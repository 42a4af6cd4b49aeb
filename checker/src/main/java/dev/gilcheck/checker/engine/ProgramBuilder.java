package dev.gilcheck.checker.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes a fiber's program the way the modelled code reads: one call per step, in order, with
 * labels for the jumps, and structured loops and branches where the code has them. Example:
 *
 * <pre>
 *   Label ready = code.label("ready");
 *   code.await(lockSite, "gil->mutex is free", m -&gt; free(m), m -&gt; { lock(m); if (!locked(m)) m.jump(ready); });
 *   code.loop(loop -&gt; {
 *       code.step(waitSite, m -&gt; startWait(m));
 *       code.ifThen(checkSite, m -&gt; mustExit(m), () -&gt; code.step(exitSite, m -&gt; m.jump(exit)));
 *       code.step(requestSite, m -&gt; request(m));
 *   });
 *   code.place(ready);
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

    /** A loop's labels: {@link #again} goes back to its first step ({@code continue}), {@link #exit} past it ({@code break}). */
    public record Loop(Label again, Label exit) {
    }

    /**
     * A loop whose steps {@code body} writes. Its last step goes back to the first unless it jumps
     * elsewhere; its condition is a test inside the body (a step reading a field under the lock it
     * holds tests it along with what else it reads), which leaves through {@link Loop#exit}.
     */
    public ProgramBuilder loop(Consumer<Loop> body) {
        Loop l = new Loop(label("loop"), label("after loop"));
        place(l.again());
        body.accept(l);
        goTo(l.again());
        return place(l.exit());
    }

    /**
     * {@code if (test) { then }}: one step whose action {@code test} decides, then the steps
     * {@code then} writes; when the test fails, the program goes on after them.
     */
    public ProgramBuilder ifThen(Site site, Test test, Runnable then) {
        return ifThen(site, null, null, test, then);
    }

    /** {@link #ifThen(Site, Test, Runnable)} whose test step blocks until {@code guard} holds. */
    public ProgramBuilder ifThen(Site site, String waitsFor, Guard guard, Test test, Runnable then) {
        return ifThen((yes, no) -> await(site, waitsFor, guard, m -> {
            if (!test.holds(m)) {
                m.jump(no);
            }
        }), then);
    }

    /**
     * {@code if (test) { then }} whose test takes several steps: {@code test} writes them, jumping to
     * its first label when the condition holds and to its second when it does not.
     */
    public ProgramBuilder ifThen(BiConsumer<Label, Label> test, Runnable then) {
        Label yes = label("then");
        Label no = label("end if");
        test.accept(yes, no);
        place(yes);
        then.run();
        return place(no);
    }

    /**
     * The program goes on at {@code target}: the last step written goes there unless it jumps
     * elsewhere, and so does every label placed since.
     */
    public ProgramBuilder goTo(Label target) {
        for (Label l : pending) {
            l.alias(target);
        }
        pending.clear();
        if (!points.isEmpty()) {
            List<Instruction> last = points.get(points.size() - 1);
            List<Instruction> redirected = new ArrayList<>();
            for (Instruction i : last) {
                Action action = i.action();
                redirected.add(new Instruction(i.site(), i.tag(), i.guard(), i.waitsFor(), m -> {
                    m.jump(target);
                    action.run(m);
                }));
            }
            points.set(points.size() - 1, List.copyOf(redirected));
        }
        return this;
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
