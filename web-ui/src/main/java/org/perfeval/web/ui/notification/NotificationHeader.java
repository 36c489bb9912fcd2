package org.perfeval.web.ui.notification;

import org.perfeval.web.ui.layout.HeaderItem;
import org.perfeval.workflow.notification.NotificationService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Puts the notifications bell in the header of every staff page. */
@SpringComponent
class NotificationHeader implements HeaderItem {

    private final NotificationService notifications;

    NotificationHeader(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        return new NotificationBell(notifications);
    }
}
