package org.perfeval.workflow.notification;

import java.time.Clock;
import java.util.Collection;

import org.perfeval.scoring.text.Text;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores the notifications of one event in one transaction of their own, after the event's transaction committed.
 * An event delivered again (the registry resubmits what a crash left unfinished) finds its notifications there
 * already and adds none.
 */
@Component
class NotificationRecorder {

    private final Notifications notifications;
    private final Clock clock;

    NotificationRecorder(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(String sourceEvent, Collection<Recipient> recipients, long evaluationId, NotificationKind kind,
                Text message) {
        String args = MessageArguments.write(message.args());
        for (Recipient recipient : recipients) {
            if (!notifications.existsBySourceEventAndRecipient(sourceEvent, recipient.username())) {
                notifications.save(new Notification(recipient, evaluationId, kind, message.key(), args, sourceEvent,
                        clock.instant()));
            }
        }
    }
}
