package org.perfeval.workflow.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message for one user about one evaluation, kept as a message key and arguments so that each reader sees it in
 * their language; read once its recipient marks it so. Its e-mail, if the recipient has an address, is delivered
 * from this row: PENDING until sent, retried with a growing pause, FAILED after too many tries.
 */
@Entity
@Table(name = "notification")
class Notification {

    enum MailStatus {
        NONE, PENDING, SENDING, SENT, FAILED
    }

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

    @Column(name = "message_key", length = 100)
    private String messageKey;

    @Column(name = "message_args", length = MessageArguments.MAX_LENGTH)
    private String messageArgs;

    @Column(name = "source_event", length = 64)
    private String sourceEvent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mail_to", length = 254)
    private String mailTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_status", nullable = false, length = 16)
    private MailStatus mailStatus = MailStatus.NONE;

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mail_next_at")
    private Instant mailNextAt;

    @Column(name = "mail_sent_at")
    private Instant mailSentAt;

    protected Notification() {
    }

    Notification(Recipient recipient, long evaluationId, NotificationKind kind, String messageKey, String messageArgs,
                 String sourceEvent, Instant createdAt) {
        this.recipient = recipient.username();
        this.evaluationId = evaluationId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.messageArgs = messageArgs;
        this.sourceEvent = sourceEvent;
        this.createdAt = createdAt;
        if (recipient.email() != null && !recipient.email().isBlank()) {
            this.mailTo = recipient.email();
            this.mailStatus = MailStatus.PENDING;
            this.mailNextAt = createdAt;
        }
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String mailTo() {
        return mailTo;
    }

    String messageKey() {
        return messageKey;
    }

    String messageArgs() {
        return messageArgs;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    NotificationView toView() {
        return new NotificationView(id, evaluationId, kind, MessageArguments.text(messageKey, messageArgs), createdAt,
                readAt);
    }
}
