package dev.gilcheck.crosscheck.port;

/**
 * Ends a Java thread quietly because its C counterpart no longer runs: the process exited, the
 * thread called PyThread_exit_thread / PyThread_hang_thread, or the run was cut short after a
 * violation. Not a finding.
 */
final class ThreadGone extends Error {
    private static final long serialVersionUID = 1L;
    static final ThreadGone INSTANCE = new ThreadGone();

    private ThreadGone() {
        super("thread gone", null, false, false);
    }
}
