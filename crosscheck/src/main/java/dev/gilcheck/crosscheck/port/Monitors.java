package dev.gilcheck.crosscheck.port;

/**
 * Blocking on a Java monitor, the one kind of blocking the port uses. Lincheck models a monitor
 * itself: entering one is a single switch point, and a thread in {@code wait()} is simply not
 * scheduled until notified. java.util.concurrent locks, by contrast, are analysed down to their
 * AQS fields and spin on spurious wake-ups, which multiplied the switch points that are no part
 * of the C code.
 */
final class Monitors {
    private Monitors() {
    }

    /** Object.wait() on a monitor the caller holds; the port is never interrupted. */
    static void await(Object monitor) {
        try {
            monitor.wait();
        } catch (InterruptedException e) {
            throw new IllegalStateException("a ported thread was interrupted", e);
        }
    }

    /** Wakes every thread waiting on {@code monitor}; each re-checks why it waits. */
    static void wakeAll(Object monitor) {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }
}
