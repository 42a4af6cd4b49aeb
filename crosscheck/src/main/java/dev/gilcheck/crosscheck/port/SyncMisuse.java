package dev.gilcheck.crosscheck.port;

import dev.gilcheck.model.Invariant;

/** A mutex or condition variable destroyed while in use, or used after it was destroyed. */
final class SyncMisuse {
    private SyncMisuse() {
    }

    static ProtocolViolation useAfterDestroy(Site site) {
        return new ProtocolViolation(Invariant.SYNC_OBJECT_LIFETIME.id(), site, true, "used after destroy");
    }

    static ProtocolViolation destroyInUse(Site site, String how) {
        return new ProtocolViolation(Invariant.SYNC_OBJECT_LIFETIME.id(), site, true, "destroyed while " + how);
    }
}
