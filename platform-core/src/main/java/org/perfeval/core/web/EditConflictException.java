package org.perfeval.core.web;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.perfeval.scoring.text.Text;

/**
 * Someone else saved what the caller was editing since the caller loaded it, or moved it on; the caller's change was
 * not applied. Shared by every feature with versioned edits (evaluations, schemes), so that none depends on another
 * for it.
 */
public class EditConflictException extends RefusedException {

    private final long currentVersion;

    /** The version {@code expectedVersion} was edited, but {@code updatedBy} saved {@code currentVersion} since. */
    public EditConflictException(long expectedVersion, long currentVersion, String updatedBy, Instant updatedAt) {
        super(Kind.CONFLICT, Text.of("core.conflict.changed", updatedBy, updatedAt, currentVersion, expectedVersion));
        this.currentVersion = currentVersion;
    }

    /** The save of {@code expectedVersion} lost a race with a concurrent one, whose version is not known here. */
    public EditConflictException(long expectedVersion) {
        super(Kind.CONFLICT, Text.of("core.conflict.concurrent", expectedVersion));
        this.currentVersion = -1;
    }

    /** Something moved on otherwise than by an edit, as {@code text} says. */
    public EditConflictException(Text text) {
        super(Kind.CONFLICT, text);
        this.currentVersion = -1;
    }

    /** The version that won, or -1 when it is not known. */
    public long currentVersion() {
        return currentVersion;
    }

    @Override
    public Optional<Text> title() {
        return Optional.of(Text.of("core.conflict.title"));
    }

    @Override
    public Map<String, Object> properties() {
        return currentVersion >= 0 ? Map.of("currentVersion", currentVersion) : Map.of();
    }
}
