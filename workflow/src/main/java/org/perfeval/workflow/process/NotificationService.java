package org.perfeval.workflow.process;

import java.time.Clock;
import java.util.List;

import org.perfeval.core.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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

    @PreAuthorize("isAuthenticated()")
    public List<NotificationView> mine() {
        return notifications.findByRecipientOrderByIdDesc(CurrentUsers.require().username()).stream()
                .map(Notification::toView).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return notifications.countByRecipientAndReadAtIsNull(CurrentUsers.require().username());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(long id) {
        Notification notification = notifications.findById(id)
                .orElseThrow(() -> new WorkflowRefusedException("no notification " + id));
        if (!notification.recipient().equals(CurrentUsers.require().username())) {
            throw new AccessDeniedException("notification " + id + " is someone else's");
        }
        notification.markRead(clock.instant());
    }
}
