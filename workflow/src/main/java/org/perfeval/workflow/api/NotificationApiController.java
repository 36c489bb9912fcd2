package org.perfeval.workflow.api;

import java.util.List;
import java.util.Map;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.workflow.process.DeadlineService;
import org.perfeval.workflow.process.DeadlineView;
import org.perfeval.workflow.process.NotificationService;
import org.perfeval.workflow.process.NotificationView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's notifications, and the stages' deadlines (changed by administrators). */
@RestController
@RequestMapping("/api")
class NotificationApiController {

    private final NotificationService notifications;
    private final DeadlineService deadlines;

    NotificationApiController(NotificationService notifications, DeadlineService deadlines) {
        this.notifications = notifications;
        this.deadlines = deadlines;
    }

    @GetMapping("/notifications")
    List<NotificationView> mine() {
        return notifications.mine();
    }

    @GetMapping("/notifications/unread-count")
    Map<String, Long> unread() {
        return Map.of("unread", notifications.unreadCount());
    }

    @PostMapping(path = "/notifications/{id}/read", consumes = MediaType.APPLICATION_JSON_VALUE)
    void markRead(@PathVariable long id) {
        notifications.markRead(id);
    }

    @GetMapping("/deadlines")
    List<DeadlineView> deadlines() {
        return deadlines.all();
    }

    @PutMapping(path = "/deadlines/{stage}", consumes = MediaType.APPLICATION_JSON_VALUE)
    DeadlineView change(@PathVariable EvaluationStatus stage, @RequestBody DeadlineView change) {
        return deadlines.change(new DeadlineView(stage, change.daysAllowed(), change.workingDays(),
                change.remindBeforeDays(), change.escalateTo(), change.version(), null, null));
    }
}
