package dev.gilcheck.checker;

/** A jump target inside a program, bound to a step index when the program is built. */
public final class Label {
    private final String name;
    private int pc = -1;

    Label(String name) {
        this.name = name;
    }

    int pc() {
        if (pc < 0) {
            throw new IllegalStateException("label " + name + " was never placed");
        }
        return pc;
    }

    void bind(int at) {
        if (pc >= 0) {
            throw new IllegalStateException("label " + name + " placed twice");
        }
        pc = at;
    }

    boolean bound() {
        return pc >= 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
