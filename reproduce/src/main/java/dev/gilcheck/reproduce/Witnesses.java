package dev.gilcheck.reproduce;

import dev.gilcheck.checker.engine.BadInputException;
import dev.gilcheck.checker.engine.FiberSystem;
import dev.gilcheck.checker.engine.Replayer;
import dev.gilcheck.checker.engine.Schedule;
import dev.gilcheck.checker.engine.Trace;
import dev.gilcheck.checker.engine.Violation;
import dev.gilcheck.checker.engine.Witness;
import dev.gilcheck.model.CPythonModel;
import dev.gilcheck.model.Check;
import dev.gilcheck.model.ExitReachability;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.model.SiteId;
import java.util.ArrayList;
import java.util.List;

/** The witnesses to force: the checker's shortest one per site, or the run of a given schedule. */
public final class Witnesses {
    private Witnesses() {
    }

    /** Every site the exhaustive check of model reaches, each with its shortest witness. */
    public static List<Witness> all(CPythonModel model) {
        Check check = Check.run(model);
        if (!check.result().complete()) {
            throw new BadInputException("the check of " + model.strategy().id() + " stopped early ("
                    + check.result().stopMessage() + "): give it more memory or smaller bounds");
        }
        return check.result().witnesses();
    }

    /**
     * The shortest witness of the site named id: its key as check prints it, its number there (from 1),
     * or its column id in gilcheck matrix.
     */
    public static Witness forSite(CPythonModel model, String id) {
        List<Witness> all = all(model);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Witness w = all.get(i);
            keys.add(w.violation().siteKey());
            if (w.violation().siteKey().equals(id) || Integer.toString(i + 1).equals(id)
                    || SiteId.of(w.violation()).code().equals(id)) {
                return w;
            }
        }
        if (all.isEmpty()) {
            throw new BadInputException(model.strategy().id() + " reaches no site at " + model.bounds()
                    + ": there is nothing to reproduce (see gilcheck check)");
        }
        throw new BadInputException("site '" + id + "' is not reached by " + model.strategy().id()
                + ": give its number (1 to " + all.size() + ") or its key, one of: " + String.join("; ", keys));
    }

    /**
     * The run of schedule and what it breaks: its fatal violation, or, when the main thread can no
     * longer exit from where it ends, that hang at the main thread's next step.
     */
    public static Witness forSchedule(CPythonModel model, String schedule) {
        FiberSystem system = model.system();
        Trace trace = new Replayer(system).replay(Schedule.parse(schedule));
        for (Violation v : trace.violations()) {
            if (v.fatal()) {
                return new Witness(v, trace);
            }
        }
        if (ExitReachability.after(system, trace).answer() != ExitReachability.Answer.UNREACHABLE) {
            throw new BadInputException("the schedule breaks no invariant in the model of " + model.strategy().id()
                    + ": give a schedule that ends at a violation (see gilcheck check)");
        }
        int main = system.fiberIndex("M");
        return new Witness(new Violation(Invariant.MAIN_THREAD_EXITS.id(),
                system.siteAt(main, system.pcOf(trace.end(), main)), false), trace);
    }
}
