package org.perfeval.workflow.notification;

import java.time.Clock;
import java.util.List;

import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own notifications: the list, the unread count, and marking one read. */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final Notifications notifications;
    private final Clock clock;

    NotificationService(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @LoggedIn
    public List<NotificationView> mine() {
        return notifications.findByRecipientOrderByIdDesc(CurrentUsers.require().username()).stream()
                .map(Notification::toView).toList();
    }

    @LoggedIn
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(CurrentUsers.require().username());
    }

    @Transactional
    @LoggedIn
    public void markRead(long id) {
        Notification notification = notifications.findById(id)
                .filter(n -> n.recipient().equals(CurrentUsers.require().username()))
                .orElseThrow(() -> new AccessDeniedException("notification " + id + " is not the caller's"));
        notification.markRead(clock.instant());
    }
}
