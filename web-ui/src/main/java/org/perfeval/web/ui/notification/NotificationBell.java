package org.perfeval.web.ui.notification;

import org.perfeval.core.security.CurrentUsers;
import org.perfeval.workflow.notification.NotificationService;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

/**
 * The unread count in the header, linking to the notifications. Counted again on every navigation, and when a page of
 * the same UI marks something read: the page says so to the UI, so the two need not know where the other sits.
 */
class NotificationBell extends RouterLink implements AfterNavigationObserver {

    /** Something was marked read in this UI. */
    static final class UnreadChanged extends ComponentEvent<UI> {

        UnreadChanged(UI ui) {
            super(ui, false);
        }
    }

    private final NotificationService notifications;
    private Registration listening;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        setRoute(NotificationsView.class);
        setId("notifications-bell");
    }

    /** After {@code component} marked something read: the bell of its page counts again. */
    static void unreadChanged(Component component) {
        component.getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new UnreadChanged(ui)));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        listening = ComponentUtil.addListener(event.getUI(), UnreadChanged.class, changed -> showUnread());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        listening.remove();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showUnread();
    }

    private void showUnread() {
        long unread = CurrentUsers.find().isPresent() ? notifications.unreadCount() : 0;
        setText(getTranslation("notifications.bell", unread));
        getStyle().set("font-weight", unread > 0 ? "600" : "normal");
    }
}
