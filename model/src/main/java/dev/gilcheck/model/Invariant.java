package dev.gilcheck.model;

/** The six properties every strategy is checked against; {@link #statement()} says each (gilcheck list prints them). */
public enum Invariant {
    TSTATE_USE_AFTER_FREE("tstate-use-after-free", 'T',
            "no thread reads or writes a PyThreadState after it was freed", true),
    INTERP_USE_AFTER_FREE("interp-use-after-free", 'I',
            "no thread reads or writes the PyInterpreterState after it was freed", true),
    GIL_MUTUAL_EXCLUSION("gil-mutual-exclusion", 'G',
            "a thread runs Python code only while it, and no other thread, holds the GIL", false),
    NO_BYTECODE_AFTER_FINALIZING("no-bytecode-after-finalizing", 'B',
            "no daemon or C thread runs Python bytecode once finalizing is set", false),
    MAIN_THREAD_EXITS("main-thread-exits", 'E',
            "from every reachable state the main thread can still reach process exit (no deadlock, no hang)",
            false),
    SYNC_OBJECT_LIFETIME("sync-object-lifetime", 'L',
            "no mutex or condition variable is destroyed while a thread holds or waits on it, nor used after",
            true);

    private final String id;
    private final char letter;
    private final String statement;
    private final boolean fatal;

    Invariant(String id, char letter, String statement, boolean fatal) {
        this.id = id;
        this.letter = letter;
        this.statement = statement;
        this.fatal = fatal;
    }

    public String id() {
        return id;
    }

    /** The letter that starts the short codes of its sites ({@link SiteId#code()}). */
    public char letter() {
        return letter;
    }

    public String statement() {
        return statement;
    }

    /** Whether breaking it is undefined behaviour, so the modelled run ends there. */
    public boolean fatal() {
        return fatal;
    }

    public static Invariant byId(String id) {
        for (Invariant i : values()) {
            if (i.id.equals(id)) {
                return i;
            }
        }
        return null;
    }
}
