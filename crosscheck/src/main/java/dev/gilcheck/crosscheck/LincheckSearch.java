package dev.gilcheck.crosscheck;

import dev.gilcheck.model.Bounds;
import dev.gilcheck.model.Invariant;
import dev.gilcheck.crosscheck.port.Build;
import dev.gilcheck.crosscheck.port.MainThreadWait;
import dev.gilcheck.crosscheck.port.Silenced;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kotlin.jvm.functions.Function1;
import org.jetbrains.kotlinx.lincheck.Actor;
import org.jetbrains.kotlinx.lincheck.execution.ExecutionScenario;
import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.ManagedStrategyGuaranteeKt;

/**
 * One Lincheck model-checking run of the port for one build: the main thread and the daemon
 * threads in parallel, a fixed invocation budget, and a list of findings to pass over. Returns
 * the first failure Lincheck reports, named the way both checkers name findings.
 */
final class LincheckSearch {
    private static final String PORT_PACKAGE = "dev.gilcheck.crosscheck.port.";
    private static final Pattern VIOLATION = Pattern.compile("port\\.\\w+: (\\S+ @ [^\\n\\[]+) \\[");

    /**
     * A Lincheck verdict: the finding (null if none within the budget), the daemon threads of the
     * scenario, the time and invocations it took, and Lincheck's report with the interleaving.
     */
    record Outcome(String finding, int daemons, double seconds, long invocations, String report) {
        boolean found() {
            return finding != null;
        }

        /** The report up to its detailed trace: the scenario, the interleaving, the exception. */
        String interleaving() {
            int detailed = report.indexOf("Detailed trace:");
            return detailed < 0 ? report : report.substring(0, detailed);
        }
    }

    private LincheckSearch() {
    }

    static Outcome run(Build build, Bounds bounds, Silenced silenced, int invocations) {
        PortUnderTest.prepare(build, bounds, silenced);
        MainThreadWait.forget();
        ModelCheckingOptions options = new ModelCheckingOptions()
                .iterations(0)
                .invocationsPerIteration(invocations)
                .addCustomScenario(scenario(bounds))
                .verifier(AnyViolationFails.class)
                .minimizeFailedScenario(false);
        // The port's bookkeeping (ghost* methods: never blocks, not C behaviour) is no place to
        // switch threads; leaving it out of the interleavings lets the budget go to the C steps.
        options.addGuarantee(ManagedStrategyGuaranteeKt.forClasses(
                        (Function1<String, Boolean>) name -> name.startsWith(PORT_PACKAGE))
                .methods((Function1<String, Boolean>) name -> name.startsWith("ghost")).ignore());
        // Immutable configuration read through accessors: nothing to interleave, and less noise in traces.
        options.addGuarantee(ManagedStrategyGuaranteeKt.forClasses(Build.class.getName(), Bounds.class.getName())
                .allMethods().ignore());
        long start = System.nanoTime();
        try {
            options.check(PortUnderTest.class);
            return new Outcome(null, bounds.daemons(), seconds(start), PortUnderTest.invocations(), "");
        } catch (LincheckAssertionError failure) {
            String report = String.valueOf(failure.getMessage());
            return new Outcome(finding(report), bounds.daemons(), seconds(start), PortUnderTest.invocations(), report);
        }
    }

    private static String finding(String report) {
        Matcher m = VIOLATION.matcher(report);
        if (m.find()) {
            return m.group(1);
        }
        if (report.contains("has hung")) {
            return Invariant.MAIN_THREAD_EXITS.id() + " @ " + MainThreadWait.lastSite();
        }
        throw new IllegalStateException("Lincheck failed for a reason the port does not produce:\n" + report);
    }

    private static ExecutionScenario scenario(Bounds bounds) {
        List<List<Actor>> threads = new ArrayList<>();
        try {
            threads.add(List.of(new Actor(PortUnderTest.class.getMethod("mainThread"), List.of())));
            for (int d = 0; d < bounds.daemons(); d++) {
                threads.add(List.of(new Actor(PortUnderTest.class.getMethod("daemonThread", int.class), List.of(d))));
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return new ExecutionScenario(List.of(), threads, List.of(), null);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
