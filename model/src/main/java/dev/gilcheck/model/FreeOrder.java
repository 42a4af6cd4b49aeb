package dev.gilcheck.model;

import dev.gilcheck.checker.engine.Field;
import dev.gilcheck.checker.engine.Instruction;
import dev.gilcheck.checker.engine.Label;
import dev.gilcheck.checker.engine.Machine;
import dev.gilcheck.checker.engine.Schedule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjIntConsumer;

/**
 * The order in which the main thread's loops (zapthreads, _PyThreadState_DeleteExcept, 3.14's
 * mark-then-decref) go through the daemons' thread states. CPython walks the interpreter's list,
 * whose order is the order the daemons started in: {@link #list} frees D1 first. With {@link #any},
 * each step of a loop picks any daemon the loop has not visited yet (the alternative tagged with its
 * name). Every ANY run is a LIST run with the daemons renamed, and the reverse, so both reach the
 * same sites at the same depths; only in ANY are the daemons interchangeable in every world, which
 * symmetry reduction needs. {@link #inListOrder} turns an ANY schedule into its LIST run.
 *
 * <p>3.14 decrefs the detached list in the order it marked it: ANY keeps each daemon's place in
 * that order ({@link World#listRank}) from its mark to its decref.
 *
 * <p>{@link #parametric} writes loops that do not depend on the number of daemons, for the any-N
 * check: "visit any daemon still listed" until the guard "none listed" holds. 3.14's decref loop then
 * takes any daemon of the detached list ({@link World#listRank} is 1 while it waits there): the
 * relative order of the marks is forgotten, an over-approximation of ANY.
 */
final class FreeOrder {
    private enum Kind { LIST, ANY, PARAMETRIC }

    private final World w;
    private final Kind kind;
    private final boolean any;
    private final Set<Integer> choicePcs = new HashSet<>();

    private FreeOrder(World w, Kind kind) {
        this.w = w;
        this.kind = kind;
        this.any = kind == Kind.ANY;
    }

    static FreeOrder list(World w) {
        return new FreeOrder(w, Kind.LIST);
    }

    static FreeOrder any(World w) {
        return new FreeOrder(w, Kind.ANY);
    }

    static FreeOrder parametric(World w) {
        return new FreeOrder(w, Kind.PARAMETRIC);
    }

    /**
     * In ANY, one step per daemon, each a choice among the daemons still in the list; returns the
     * first daemon the loop then visits in list order, one step each: D1 in LIST, none (one past
     * the last daemon) in ANY.
     */
    int chooseDaemons(Code c, Step step, ObjIntConsumer<Machine> perThread) {
        if (kind == Kind.PARAMETRIC) {
            anyWhile(c, step, w.listed, perThread);
            return w.bounds.daemons() + 1;
        }
        if (!any) {
            return 1;
        }
        int daemons = w.bounds.daemons();
        for (int k = 1; k <= daemons; k++) {
            choicePcs.add(c.nextPc());
            Instruction[] alternatives = new Instruction[daemons];
            for (int d = 1; d <= daemons; d++) {
                int owner = d;
                alternatives[d - 1] = c.alternative(step, tag(d), null, m -> m.isSet(w.listed[owner]),
                        m -> perThread.accept(m, owner));
            }
            c.choice(alternatives);
        }
        return daemons + 1;
    }

    /**
     * 3.14's _PyThreadState_DeleteList over the daemons: in list order by their place in the detached
     * list (LIST, ANY), or any daemon still in it (PARAMETRIC).
     */
    void eachDetached(Code c, Step step, ObjIntConsumer<Machine> decref) {
        if (kind == Kind.PARAMETRIC) {
            anyWhile(c, step, w.listRank, (m, d) -> {
                m.set(w.listRank[d], 0);
                decref.accept(m, d);
            });
            return;
        }
        for (int position = 1; position <= w.bounds.daemons(); position++) {
            int listPosition = position;
            c.step(step, m -> decref.accept(m, takeFromDetached(m, listPosition)));
        }
    }

    /**
     * A loop that visits any daemon whose {@code in} field is set (the visit clears it), one step
     * each, and leaves by the step whose guard says none is set: the same code for any number of daemons.
     */
    private void anyWhile(Code c, Step step, Field[] in, ObjIntConsumer<Machine> visit) {
        int daemons = w.bounds.daemons();
        Label loop = c.label("any daemon left");
        c.place(loop);
        Instruction[] alternatives = new Instruction[daemons + 1];
        for (int d = 1; d <= daemons; d++) {
            int owner = d;
            alternatives[d - 1] = c.alternative(step, tag(d), null, m -> m.get(in[owner]) > 0, m -> {
                visit.accept(m, owner);
                m.jump(loop);
            });
        }
        alternatives[daemons] = c.alternative(step, "none", null, m -> {
            for (int d = 1; d <= daemons; d++) {
                if (m.get(in[d]) > 0) {
                    return false;
                }
            }
            return true;
        }, m -> m.note("no daemon left"));
        c.choice(alternatives);
    }

    /** Whether the main thread's program point {@code pc} is a choice of which daemon to visit. */
    boolean isChoice(int pc) {
        return choicePcs.contains(pc);
    }

    /** Notes that {@code owner} is the next thread in the detached list (3.14's mark loop). */
    void marked(Machine m, int owner) {
        if (kind == Kind.PARAMETRIC && w.isDaemon(owner)) {
            m.set(w.listRank[owner], 1);
        } else if (any && w.isDaemon(owner)) {
            int rank = 1;
            for (int d = 1; d <= w.bounds.daemons(); d++) {
                rank += m.get(w.listRank[d]) > 0 ? 1 : 0;
            }
            m.set(w.listRank[owner], rank);
        }
    }

    /** The thread at position {@code position} (from 1) of the detached list, which then leaves it. */
    int takeFromDetached(Machine m, int position) {
        if (!any || position > w.bounds.daemons()) {
            return position;
        }
        for (int d = 1; d <= w.bounds.daemons(); d++) {
            if (m.get(w.listRank[d]) == position) {
                m.set(w.listRank[d], 0);
                return d;
            }
        }
        throw new IllegalStateException("no daemon at position " + position + " of the detached list");
    }

    /**
     * An ANY schedule as the LIST run it renames: the daemon the main thread visits first becomes D1,
     * the second D2, and so on (those never visited keep their relative order after them), each
     * daemon's store-buffer flusher with it, and the main thread's choices lose their tags.
     */
    Schedule inListOrder(Schedule schedule) {
        int daemons = w.bounds.daemons();
        List<String> visitOrder = new ArrayList<>();
        for (Schedule.Token t : schedule.tokens()) {
            if (isVisit(t)) {
                visitOrder.add(w.name(Integer.parseInt(t.tag().substring(1))));
            }
        }
        for (int d = 1; d <= daemons; d++) {
            if (!visitOrder.contains(w.name(d))) {
                visitOrder.add(w.name(d));
            }
        }
        Map<String, String> rename = new HashMap<>();
        for (int i = 0; i < daemons; i++) {
            rename.put(visitOrder.get(i), w.name(i + 1));
            rename.put(World.flusherName(visitOrder.get(i)), World.flusherName(w.name(i + 1)));
        }
        List<Schedule.Token> out = new ArrayList<>();
        for (Schedule.Token t : schedule.tokens()) {
            out.add(new Schedule.Token(rename.getOrDefault(t.fiber(), t.fiber()), isVisit(t) ? null : t.tag()));
        }
        return new Schedule(out);
    }

    private boolean isVisit(Schedule.Token t) {
        return t.fiber().equals(w.name(0)) && t.tag() != null && t.tag().matches("d[0-9]+");
    }

    private String tag(int daemon) {
        return "d" + daemon;
    }
}
