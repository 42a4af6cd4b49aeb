package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Action;
import dev.gilcheck.checker.engine.Guard;
import dev.gilcheck.checker.engine.Instruction;
import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Program;
import dev.gilcheck.checker.engine.ProgramBuilder;
import dev.gilcheck.checker.engine.Test;
import dev.gilcheck.checker.sync.Cond;
import dev.gilcheck.checker.sync.Mutex;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A program being written in the model's terms: steps named by {@link Step}, labelled through the
 * strategy's source map, with the world and toggles at hand.
 */
final class Code {
    final World w;
    final Toggles t;
    final SourceMap src;
    private final ProgramBuilder b;

    Code(String name, World w, Toggles t, SourceMap src) {
        this.w = w;
        this.t = t;
        this.src = src;
        this.b = new ProgramBuilder(name);
    }

    Label label(String name) {
        return b.label(name);
    }

    Code place(Label l) {
        b.place(l);
        return this;
    }

    Code step(Step s, Action a) {
        b.step(src.site(s), a);
        return this;
    }

    Code await(Step s, String waitsFor, Guard g, Action a) {
        b.await(src.site(s), waitsFor, g, a);
        return this;
    }

    Instruction alternative(Step s, String tag, String waitsFor, Guard g, Action a) {
        return new Instruction(src.site(s), tag, g, waitsFor, a);
    }

    Code choice(Instruction... alternatives) {
        b.choice(alternatives);
        return this;
    }

    /** A step that waits until {@code mutex} is free, to lock it. */
    Code await(Step s, Mutex mutex, Action a) {
        return await(s, mutex.name() + " is free", mutex.free(), a);
    }

    /** COND_TIMED_WAIT's return on {@code cond}: signalled, or timed out (one point, two alternatives). */
    Code timedWake(Cond cond, Step signalled, Step timeout, Cond.AfterTimedWait then) {
        return choice(cond.timedWake(src.site(signalled), src.site(timeout), then));
    }

    /** COND_WAIT's return on {@code cond}, once signalled: the caller holds the mutex again, then does {@code then}. */
    Code wakeOnSignal(Step s, Cond cond, Action then) {
        return await(s, cond.waitsForSignal(), cond.signalled(), m -> {
            cond.wake(m);
            then.run(m);
        });
    }

    /** A loop; see {@link ProgramBuilder#loop}. */
    Code loop(Consumer<ProgramBuilder.Loop> body) {
        b.loop(body);
        return this;
    }

    /** {@code if (test) { then }} decided by one step; see {@link ProgramBuilder#ifThen}. */
    Code ifThen(Step s, Test test, Runnable then) {
        b.ifThen(src.site(s), test, then);
        return this;
    }

    /** {@code if (test) { then }} decided by one step that first waits to lock {@code mutex}. */
    Code ifThen(Step s, Mutex mutex, Test test, Runnable then) {
        b.ifThen(src.site(s), mutex.name() + " is free", mutex.free(), test, then);
        return this;
    }

    /** {@code if (test) { then }} decided by the steps {@code test} writes (jumping to its yes or its no label). */
    Code ifThen(BiConsumer<Label, Label> test, Runnable then) {
        b.ifThen(test, then);
        return this;
    }

    /** The program goes on at {@code target}; see {@link ProgramBuilder#goTo}. */
    Code goTo(Label target) {
        b.goTo(target);
        return this;
    }

    Code end(Step s) {
        b.end(src.site(s));
        return this;
    }

    /** The program point the next step will get. */
    int nextPc() {
        return b.nextPc();
    }

    Program build() {
        return b.build();
    }
}
