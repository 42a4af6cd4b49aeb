package dev.gilcheck.model;

import dev.gilcheck.checker.Action;
import dev.gilcheck.checker.Guard;
import dev.gilcheck.checker.Instruction;
import dev.gilcheck.checker.Label;
import dev.gilcheck.checker.Program;
import dev.gilcheck.checker.ProgramBuilder;

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
