package dev.gilcheck.crosscheck.port;

/**
 * The OS process the ported threads live in, and the run's bookkeeping: whether it is over
 * (exited, a violation reported, or cut short), and which findings this run is told to pass over
 * (a finding already made is silenced so that Lincheck's next run looks for a different one).
 * Methods named ghost* are bookkeeping that never blocks; Lincheck does not interleave inside them.
 */
public final class Process {
    private final Silenced silenced;
    private final Changes changes = new Changes();
    private boolean over;
    private int daemonsRunning;

    Process(Silenced silenced, int daemons) {
        this.silenced = silenced;
        this.daemonsRunning = daemons;
    }

    /**
     * A violation happens here: throws it, or, if silenced, ends the run (fatal) or carries on. The
     * decision and the end of the run are one step: a thread switched in between would otherwise
     * go on in a run that is already over and report a second, later violation as the first.
     */
    void report(ProtocolViolation v) {
        boolean quiet = ghostDecide(v);
        if (quiet && !v.fatal()) {
            return;
        }
        changes.bump();
        throw quiet ? ThreadGone.INSTANCE : v;
    }

    /** Whether {@code v} is silenced; unless it is silenced and harmless, the run is over from here. */
    private boolean ghostDecide(ProtocolViolation v) {
        ghostCheckRunning();
        boolean quiet = silenced.contains(v.siteKey());
        if (!quiet || v.fatal()) {
            over = true;
        }
        return quiet;
    }

    /** At every point where a thread wakes up: a thread of a finished run does not go on. */
    void ghostCheckRunning() {
        if (over) {
            throw ThreadGone.INSTANCE;
        }
    }

    boolean ghostIsOver() {
        return over;
    }

    /**
     * exit(): the process ends and takes the daemon threads with it. A C step of its own (a plain
     * write, so a switch point): other threads can run between the last free and the exit.
     */
    void exit() {
        over = true;
        changes.bump();
    }

    private void end() {
        ghostEnd();
        changes.bump();
    }

    private void ghostEnd() {
        over = true;
    }

    /**
     * A daemon thread is gone. With the hang silenced, a main thread left alone can only wait for
     * ever, so the run is cut short; returns whether it was.
     */
    boolean daemonEnded() {
        if (ghostLastDaemonOfSilencedHang()) {
            end();
            return true;
        }
        return false;
    }

    private boolean ghostLastDaemonOfSilencedHang() {
        daemonsRunning--;
        return daemonsRunning == 0 && silenced.hang() && !over;
    }

    /** Shared protocol memory changed. */
    void changed() {
        changes.bump();
    }

    Changes changes() {
        return changes;
    }
}
