package org.perfeval.workflow.notification;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.perfeval.core.i18n.Translator;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications, each message rendered in the language the request asks for. */
@RestController
class NotificationController {

    private final NotificationService notifications;
    private final Translator translator;

    NotificationController(NotificationService notifications, Translator translator) {
        this.notifications = notifications;
        this.translator = translator;
    }

    /** A notification as the API shows it. */
    record NotificationResponse(Long id, long evaluationId, NotificationKind kind, String message, Instant createdAt,
                                Instant readAt) {
    }

    @GetMapping("/api/notifications")
    List<NotificationResponse> mine(Locale locale) {
        return notifications.mine().stream().map(n -> new NotificationResponse(n.id(), n.evaluationId(), n.kind(),
                translator.render(n.message(), locale), n.createdAt(), n.readAt())).toList();
    }

    @GetMapping("/api/notifications/unread-count")
    Map<String, Long> unread() {
        return Map.of("unread", notifications.unreadCount());
    }

    @PostMapping(path = "/api/notifications/{id}/read", consumes = MediaType.APPLICATION_JSON_VALUE)
    void markRead(@PathVariable long id) {
        notifications.markRead(id);
    }
}
