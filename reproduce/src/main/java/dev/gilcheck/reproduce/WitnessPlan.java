package dev.gilcheck.reproduce;

import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.TraceStep;
import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.SiteId;
import dev.gilcheck.model.Step;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A witness cut into what the gdb script does: runs of consecutive steps by one fiber (segments),
 * each ending with that fiber stopped just before its next step, then the check at the site: the
 * access to a freed thread state or interpreter (caught at the instruction, and a crash if one follows), or the
 * main thread left waiting (the process still alive after gdb detached).
 *
 * @param segments the runs, in schedule order
 * @param ending   what is checked after the last run
 */
public record WitnessPlan(List<Segment> segments, Ending ending) {
    private static final Set<Step> FREES = EnumSet.of(Step.EARLY_FREE, Step.FREE_TSTATE, Step.DELETE_LIST_DECREF);

    /**
     * Steps (1-based numbers) run by one fiber, and where it then stops; a stop that parks the fiber
     * in a blocking wait is reached {@code via} the stop before the run's last step (the wait), or
     * null: parking is running for a fixed short time, which must not start before earlier steps
     * (a timed-out wait among them) are done.
     */
    public record Segment(String fiber, List<Integer> steps, Probe via, Probe stop) {
        public Segment {
            steps = List.copyOf(steps);
        }
    }

    /**
     * After the segments: {@code access} (step {@code step} of {@code fiber} must touch a freed
     * thread state or the freed interpreter inside {@code function}), {@code hang} (the process must stay alive with the main
     * thread in {@code function}), or {@code cannot} ({@code why}).
     */
    public record Ending(String kind, String fiber, int step, String function, String why) {
    }

    /** The plan for {@code trace}, a run of {@code model} that breaks {@code violation}, on CPython 3.{@code minor}. */
    public static WitnessPlan of(CPythonModel model, Trace trace, Violation violation, int minor) {
        StepProbes probes = new StepProbes(minor, model.release());
        List<TraceStep> steps = trace.steps();
        Invariant invariant = Invariant.byId(violation.invariant());
        boolean hang = invariant == Invariant.MAIN_THREAD_EXITS;
        int forced = hang ? steps.size() : steps.size() - 1;
        Ending ending = ending(invariant, steps, violation);
        for (TraceStep s : steps) {
            if (!s.fiber().equals("M") && !s.fiber().startsWith("D")) {
                ending = new Ending("cannot", s.fiber(), s.number(), s.site().function(),
                        "step " + s.number() + " is by the C thread " + s.fiber()
                                + ": the harness starts no thread outside Python");
                forced = 0;
                break;
            }
        }
        List<Probe> before = new ArrayList<>();
        int frees = 0;
        for (TraceStep s : steps) {
            Step step = SiteId.stepAt(s.site());
            frees += FREES.contains(step) ? 1 : 0;
            before.add(probes.before(step, FREES.contains(step) ? owner(frees, model) : null));
        }
        FiberSystem system = model.system();
        List<Segment> segments = new ArrayList<>();
        Set<String> started = new HashSet<>();
        int i = 0;
        while (i < forced) {
            String fiber = steps.get(i).fiber();
            int j = i;
            while (j + 1 < forced && steps.get(j + 1).fiber().equals(fiber)) {
                j++;
            }
            Probe stop = nextStop(fiber, j, steps, before, system, trace, probes, frees, model);
            int from = started.contains(fiber) ? i + 1 : i;
            Probe via = null;
            if (stop.kind().equals("park") && j >= from && !before.get(j).kind().equals("cannot")) {
                via = occurrence(before.get(j), before, from, j - 1);
            }
            started.add(fiber);
            List<Integer> numbers = new ArrayList<>();
            for (int k = i; k <= j; k++) {
                numbers.add(k + 1);
            }
            segments.add(new Segment(fiber, numbers, via, occurrence(stop, before, from, j)));
            i = j + 1;
        }
        return new WitnessPlan(segments, ending);
    }

    /** probe at the occurrence that follows those of the steps from..to (0-based) that stop at its event. */
    private static Probe occurrence(Probe probe, List<Probe> before, int from, int to) {
        int n = 1;
        for (int k = from; k <= to; k++) {
            n += before.get(k).sameEvent(probe) ? 1 : 0;
        }
        return probe.times(n);
    }

    private static Ending ending(Invariant invariant, List<TraceStep> steps, Violation violation) {
        TraceStep last = steps.get(steps.size() - 1);
        if (invariant == Invariant.MAIN_THREAD_EXITS) {
            return new Ending("hang", "M", last.number(), violation.site().function(), "");
        }
        if (invariant == Invariant.TSTATE_USE_AFTER_FREE || invariant == Invariant.INTERP_USE_AFTER_FREE) {
            return new Ending("access", last.fiber(), last.number(), violation.site().function(), "");
        }
        return new Ending("cannot", last.fiber(), last.number(), violation.site().function(),
                "the harness catches accesses to freed thread states and to the freed interpreter, and hangs,"
                        + " not " + invariant.id());
    }

    /** Where fiber stops after step j: before its next step in the witness, or else in the model. */
    private static Probe nextStop(String fiber, int j, List<TraceStep> steps, List<Probe> before, FiberSystem system,
                                  Trace trace, StepProbes probes, int frees, CPythonModel model) {
        for (int k = j + 1; k < steps.size(); k++) {
            if (steps.get(k).fiber().equals(fiber)) {
                return before.get(k);
            }
        }
        int f = system.fiberIndex(fiber);
        Step next = SiteId.stepAt(system.siteAt(f, system.pcOf(trace.end(), f)));
        return probes.before(next, FREES.contains(next) ? owner(frees + 1, model) : null);
    }

    /**
     * The thread whose state the k-th free step frees: CPython walks the list from D1 (the newest,
     * started last), the main thread's own (the oldest) last.
     */
    private static String owner(int k, CPythonModel model) {
        return k <= model.bounds().daemons() ? "D" + k : "M";
    }

    /** Why the harness cannot force this plan (the first stop it has no way to make), or null. */
    public String cannot() {
        for (Segment s : segments) {
            if (s.stop().kind().equals("cannot")) {
                int last = s.steps().get(s.steps().size() - 1);
                return "after step " + last + " (" + s.fiber() + ") the harness cannot stop the thread before "
                        + s.stop().label();
            }
        }
        return ending.kind().equals("cannot") ? ending.why() : null;
    }

    /** The plan as the gdb script reads it (without the paths and bounds of one run). */
    Map<String, Object> json() {
        List<Object> segs = new ArrayList<>();
        for (Segment s : segments) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("fiber", s.fiber());
            m.put("steps", s.steps());
            if (s.via() != null) {
                m.put("via", s.via().json());
            }
            m.put("stop", s.stop().json());
            segs.add(m);
        }
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("kind", ending.kind());
        end.put("fiber", ending.fiber());
        end.put("step", ending.step());
        end.put("function", ending.function());
        end.put("why", ending.why());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("segments", segs);
        out.put("final", end);
        return out;
    }
}
