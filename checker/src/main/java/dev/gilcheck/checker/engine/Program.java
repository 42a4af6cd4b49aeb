package dev.gilcheck.checker.engine;

import java.util.List;

/**
 * The code of one kind of fiber: program points, each with one or more alternative instructions,
 * or none for a final point (the fiber has finished, or waits for ever). The fiber's program
 * counter lives in the world.
 */
public final class Program {
    private final String name;
    private final List<List<Instruction>> points;
    /** The same points as arrays, for the search's inner loop (a call through List is not inlined there). */
    private final Instruction[][] arrays;
    private final List<Site> finals;

    Program(String name, List<List<Instruction>> points, List<Site> finals) {
        this.name = name;
        this.points = List.copyOf(points);
        this.arrays = points.stream().map(alts -> alts.toArray(Instruction[]::new)).toArray(Instruction[][]::new);
        this.finals = finals;
    }

    public String name() {
        return name;
    }

    public int size() {
        return points.size();
    }

    public List<Instruction> at(int pc) {
        return points.get(pc);
    }

    /** The alternatives at {@code pc}, not to be changed. */
    Instruction[] alternatives(int pc) {
        return arrays[pc];
    }

    /** The site that describes the point {@code pc}: its first instruction, or its final label. */
    public Site siteAt(int pc) {
        List<Instruction> alts = points.get(pc);
        return alts.isEmpty() ? finals.get(pc) : alts.get(0).site();
    }

    public boolean isFinal(int pc) {
        return points.get(pc).isEmpty();
    }
}
