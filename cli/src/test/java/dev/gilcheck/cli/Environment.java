package dev.gilcheck.cli;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** What a test needs from the machine: missing, it skips with one line, and fails under CI=true. */
final class Environment {
    private Environment() {
    }

    static void require(boolean available, String what) {
        if (available) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(what + " (CI=true: this must not be skipped)");
        }
        System.out.println("skipped: " + what);
        Assumptions.abort(what);
    }

    /** Runs a command of the machine (mknod, mkfifo, kill) and says whether it succeeded. */
    static boolean run(String... command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
