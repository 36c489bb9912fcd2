package org.perfeval.workflow.notification;

import java.time.Instant;

import org.perfeval.scoring.text.Text;

/** A notification as its recipient sees it, its message still to be rendered in the reader's language. */
public record NotificationView(Long id, long evaluationId, NotificationKind kind, Text message, Instant createdAt,
                               Instant readAt) {
}
