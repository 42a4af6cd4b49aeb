package dev.gilcheck.checker.engine;

/** A jump target inside a program, bound to a step index when the program is built. */
public final class Label {
    private final String name;
    private int pc = -1;
    private Label alias;

    Label(String name) {
        this.name = name;
    }

    int pc() {
        if (alias != null) {
            return alias.pc();
        }
        if (pc < 0) {
            throw new IllegalStateException("label " + name + " was never placed");
        }
        return pc;
    }

    void bind(int at) {
        if (pc >= 0 || alias != null) {
            throw new IllegalStateException("label " + name + " placed twice");
        }
        pc = at;
    }

    /** Makes this label stand for wherever {@code target} is (bound now or later). */
    void alias(Label target) {
        if (pc >= 0 || alias != null) {
            throw new IllegalStateException("label " + name + " placed twice");
        }
        alias = target;
    }

    @Override
    public String toString() {
        return name;
    }
}
