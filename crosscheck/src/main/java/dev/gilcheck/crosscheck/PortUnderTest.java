package dev.gilcheck.crosscheck;

import dev.gilcheck.model.Bounds;
import dev.gilcheck.crosscheck.port.Build;
import dev.gilcheck.crosscheck.port.PortedRun;
import dev.gilcheck.crosscheck.port.Silenced;

/**
 * What Lincheck runs: a fresh ported run per invocation, its main thread and daemon threads as
 * the scenario's parallel threads. Lincheck builds the instance itself, so the build under test
 * is set beforehand in static fields (Lincheck restores static fields to these values after
 * every invocation, which is exactly what is wanted here). The invocation count goes to a system
 * property, the one place that survives that restoring.
 */
public final class PortUnderTest {
    private static final String INVOCATIONS = "gilcheck.lincheck.invocations-run";
    private static Build build;
    private static Bounds bounds;
    private static Silenced silenced;

    private final PortedRun run = new PortedRun(build, bounds, silenced);

    public PortUnderTest() {
        System.setProperty(INVOCATIONS, String.valueOf(invocations() + 1));
    }

    static void prepare(Build b, Bounds size, Silenced s) {
        build = b;
        bounds = size;
        silenced = s;
        System.setProperty(INVOCATIONS, "0");
    }

    /** Invocations Lincheck started since the last prepare (a failing one is re-run for its trace). */
    static long invocations() {
        return Long.parseLong(System.getProperty(INVOCATIONS, "0"));
    }

    public void mainThread() {
        run.mainThread();
    }

    public void daemonThread(int d) {
        run.daemonThread(d);
    }
}
