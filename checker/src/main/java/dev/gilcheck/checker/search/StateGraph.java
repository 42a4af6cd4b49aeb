package dev.gilcheck.checker.search;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.Fiber;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Move;
import dev.gilcheck.checker.engine.Site;
import dev.gilcheck.checker.engine.SourceLocation;
import dev.gilcheck.checker.store.ExactStateStore;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.StringJoiner;

/**
 * The whole reachable state graph of a small system, kept node by node and edge by edge, written
 * in Graphviz DOT. A node lists where each fiber stands and the fields that differ from the
 * initial world; a step that breaks an invariant is drawn red, and a world that only such steps
 * lead to is filled red (a world that an innocent order of the same steps also reaches stays white).
 * A fatal step ends the run: it leads to a crash node of its own, a red octagon that is not expanded,
 * even when the world it left behind is also reached by a run that goes on. Worlds from which the goal
 * can no longer be reached (deadlocks and hangs) are filled orange; goal worlds have a double border.
 */
public final class StateGraph {
    /** A step; {@code to} indexes the crash nodes when {@code move} is fatal, else the running worlds. */
    private record Edge(int from, int to, Move move) {
    }

    private final FiberSystem system;
    private final ExactStateStore store;
    private final ExactStateStore crashes;
    private final List<Edge> edges;
    private final BitSet broken;
    private final BitSet stuck;

    private StateGraph(FiberSystem system, ExactStateStore store, ExactStateStore crashes, List<Edge> edges,
                       BitSet broken, BitSet stuck) {
        this.system = system;
        this.store = store;
        this.crashes = crashes;
        this.edges = edges;
        this.broken = broken;
        this.stuck = stuck;
    }

    /** Explores every world of {@code system}; more than {@code maxStates} worlds is bad input. */
    public static StateGraph explore(FiberSystem system, int maxStates, String advice) {
        ExactStateStore store = new ExactStateStore(system.layout().words());
        ExactStateStore crashes = new ExactStateStore(system.layout().words());
        List<Edge> edges = new ArrayList<>();
        BitSet broken = new BitSet();
        BitSet clean = new BitSet();
        BitSet ends = new BitSet();
        store.add(system.initial());
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
        while (!queue.isEmpty()) {
            int id = queue.poll();
            long[] world = store.get(id);
            if (system.isGoal(world)) {
                ends.set(id);
            }
            for (Move move : system.moves(world, true)) {
                int r = (move.fatal() ? crashes : store).add(move.target());
                int target = r >= 0 ? r : -r - 1;
                if (store.size() + crashes.size() > maxStates) {
                    throw new BadInputException("the state graph has more than " + maxStates + " states; " + advice);
                }
                if (!move.fatal()) {
                    (move.violations().isEmpty() ? clean : broken).set(target);
                    if (r >= 0) {
                        queue.add(target);
                    }
                }
                edges.add(new Edge(id, target, move));
            }
        }
        broken.andNot(clean);
        int running = store.size();
        broken.set(running, running + crashes.size());
        ends.set(running, running + crashes.size());
        IntList from = new IntList();
        IntList to = new IntList();
        for (Edge e : edges) {
            from.add(e.from());
            to.add(e.move().fatal() ? running + e.to() : e.to());
        }
        BitSet stuck = Reachability.canReach(running + crashes.size(), ends, from, to);
        stuck.flip(0, running + crashes.size());
        return new StateGraph(system, store, crashes, edges, broken, stuck);
    }

    /** Every node: the running worlds and the crash nodes. */
    public int states() {
        return store.size() + crashes.size();
    }

    public int transitions() {
        return edges.size();
    }

    /** Nodes reached only by steps that break an invariant, the crash nodes included. */
    public int brokenStates() {
        return broken.cardinality();
    }

    /** Nodes after a fatal step, where the run ends (drawn as octagons); a search does not store them. */
    public int crashedStates() {
        return crashes.size();
    }

    /** Steps that break an invariant (drawn red). */
    public int violatingSteps() {
        return (int) edges.stream().filter(e -> !e.move().violations().isEmpty()).count();
    }

    public int stuckStates() {
        return stuck.cardinality();
    }

    public String toDot(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append("digraph \"").append(quote(title)).append("\" {\n");
        sb.append("  graph [label=\"").append(quote(title)).append("\", labelloc=t, fontname=\"Helvetica\"];\n");
        sb.append("  node [shape=box, style=\"rounded,filled\", fillcolor=\"white\", fontname=\"Helvetica\","
                + " fontsize=10];\n");
        sb.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        long[] initial = system.initial();
        for (int id = 0; id < states(); id++) {
            boolean crash = id >= store.size();
            long[] world = crash ? crashes.get(id - store.size()) : store.get(id);
            sb.append("  s").append(id).append(" [label=\"").append(quote(label(world, initial))).append('"');
            if (id == 0) {
                sb.append(", penwidth=2.5");
            }
            if (system.isGoal(world) && !crash) {
                sb.append(", peripheries=2");
            }
            if (crash) {
                sb.append(", shape=octagon");
            }
            if (broken.get(id)) {
                sb.append(", fillcolor=\"#d92d20\", fontcolor=\"white\"");
            } else if (stuck.get(id)) {
                sb.append(", fillcolor=\"#f79009\"");
            }
            sb.append("];\n");
        }
        for (Edge e : edges) {
            Move m = e.move();
            String token = system.fibers().get(m.fiber()).name() + (m.tag() == null ? "" : "." + m.tag());
            sb.append("  s").append(e.from()).append(" -> s").append(m.fatal() ? store.size() + e.to() : e.to()).append(" [label=\"").append(quote(token))
                    .append("\", tooltip=\"").append(quote(m.site().describe())).append('"');
            if (!m.violations().isEmpty()) {
                StringJoiner names = new StringJoiner(", ");
                m.violations().forEach(v -> names.add(v.invariant()));
                sb.append(", color=\"#d92d20\", fontcolor=\"#d92d20\", penwidth=2, xlabel=\"")
                        .append(quote(names.toString())).append('"');
            }
            sb.append("];\n");
        }
        return sb.append("}\n").toString();
    }

    /** Where each fiber stands, then the fields (other than program counters) that differ from the start. */
    private String label(long[] world, long[] initial) {
        StringBuilder sb = new StringBuilder();
        List<Field> pcs = new ArrayList<>();
        for (int f = 0; f < system.fibers().size(); f++) {
            Fiber fiber = system.fibers().get(f);
            pcs.add(fiber.pc());
            Site at = system.siteAt(f, fiber.pc().get(world));
            sb.append(fiber.name()).append(": ").append(at.function())
                    .append(SourceLocation.parse(at.location()).lineLabel()).append('\n');
        }
        for (Field field : system.layout().fields()) {
            if (!pcs.contains(field) && field.get(world) != field.get(initial)) {
                sb.append(field.name()).append('=').append(field.get(world)).append('\n');
            }
        }
        return sb.toString().strip();
    }

    private static String quote(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
