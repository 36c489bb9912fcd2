package org.perfeval.workflow.process;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message for one user about one evaluation; read once its recipient marks it so. */
@Entity
@Table(name = "notification")
class Notification {

    static final int MAX_MESSAGE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationKind kind;

    @Column(nullable = false, length = MAX_MESSAGE)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(String recipient, long evaluationId, NotificationKind kind, String message, Instant createdAt) {
        this.recipient = recipient;
        this.evaluationId = evaluationId;
        this.kind = kind;
        this.message = message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
        this.createdAt = createdAt;
    }

    String recipient() {
        return recipient;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NotificationView toView() {
        return new NotificationView(id, evaluationId, kind, message, createdAt, readAt);
    }
}
