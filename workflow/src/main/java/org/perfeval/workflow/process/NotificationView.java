package org.perfeval.workflow.process;

import java.time.Instant;

/** A notification as its recipient sees it; {@code readAt} is null while unread. */
public record NotificationView(Long id, long evaluationId, NotificationKind kind, String message, Instant createdAt,
                               Instant readAt) {
}
