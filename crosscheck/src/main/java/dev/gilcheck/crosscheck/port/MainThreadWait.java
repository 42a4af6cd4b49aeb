package dev.gilcheck.crosscheck.port;

/**
 * Where the main thread last began to wait: when Lincheck reports a hang, this is the site. Kept
 * in a system property because Lincheck restores every static field of the analysed code after
 * each invocation, so nothing else survives to be read once the check has failed.
 */
public final class MainThreadWait {
    private static final String PROPERTY = "gilcheck.lincheck.main-thread-waits-at";

    private MainThreadWait() {
    }

    static void startsAt(Site site) {
        System.setProperty(PROPERTY, site.key());
    }

    public static String lastSite() {
        return System.getProperty(PROPERTY, "(the main thread never waited)");
    }

    public static void forget() {
        System.clearProperty(PROPERTY);
    }
}
