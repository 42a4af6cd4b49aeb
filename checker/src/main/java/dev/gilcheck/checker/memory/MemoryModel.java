package dev.gilcheck.checker.memory;

/**
 * Which memory model a verdict holds under: sequential consistency (every store is visible to
 * every fiber at once, the interleavings only) or x86-TSO ({@link StoreBuffers}).
 */
public enum MemoryModel {
    SC("sc", "sequential consistency"),
    TSO("tso", "x86-TSO");

    private final String id;
    private final String title;

    MemoryModel(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The name in options and JSON: "sc", "tso". */
    public String id() {
        return id;
    }

    /** The name in prose: "sequential consistency", "x86-TSO". */
    public String title() {
        return title;
    }

    /** How a verdict says which model it holds under: "under sequential consistency". */
    public String under() {
        return "under " + title;
    }

    /** The model named {@code id}, or null when there is none. */
    public static MemoryModel byId(String id) {
        for (MemoryModel m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        return null;
    }
}
