package org.perfeval.core.evaluation;

import java.time.Instant;

/** Someone else saved the evaluation since the caller loaded it; the caller's change was not applied. */
public class EditConflictException extends RuntimeException {

    private final long currentVersion;

    public EditConflictException(long id, long expectedVersion, long currentVersion, String updatedBy,
                                 Instant updatedAt) {
        super("evaluation " + id + " was changed by " + updatedBy + " at " + updatedAt + " (version "
                + currentVersion + ", you edited version " + expectedVersion + "); reload and apply your change again");
        this.currentVersion = currentVersion;
    }

    public EditConflictException(long id, long expectedVersion) {
        super("evaluation " + id + " was changed by someone else while you saved version " + expectedVersion
                + "; reload and apply your change again");
        this.currentVersion = -1;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
