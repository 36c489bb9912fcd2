package org.perfeval.web.ui.notification;

import org.perfeval.core.security.Roles;
import org.perfeval.web.i18n.Shown;
import org.perfeval.web.i18n.Times;
import org.perfeval.web.ui.layout.MainLayout;
import org.perfeval.web.ui.layout.Routes;
import org.perfeval.workflow.notification.NotificationService;
import org.perfeval.workflow.notification.NotificationView;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** The user's notifications, newest first: reminders, overdue tasks, returns; each marked read on its own. */
@Route(value = "notifications", layout = MainLayout.class)
@Menu(title = "nav.notifications", order = 30)
@RolesAllowed({Roles.DRAFTER, Roles.DEPT_REVIEWER, Roles.FINANCE_REVIEWER, Roles.ADMIN})
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    private final NotificationService notifications;
    private final Grid<NotificationView> grid = new Grid<>(NotificationView.class, false);

    NotificationsView(NotificationService notifications) {
        this.notifications = notifications;
        add(new H2(getTranslation("notifications.title")));
        grid.setId("notifications");
        grid.addColumn(n -> Times.minute(n.createdAt())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::message).setHeader(getTranslation("notifications.message")).setFlexGrow(1);
        grid.addComponentColumn(this::actions).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    private Span message(NotificationView notification) {
        Span text = new Span(Shown.text(notification.message()));
        if (notification.readAt() == null) {
            text.getStyle().set("font-weight", "600");
        }
        return text;
    }

    private HorizontalLayout actions(NotificationView notification) {
        Button open = new Button(getTranslation("notifications.open"), click -> {
            markRead(notification);
            Routes.open(Routes.EVALUATION, notification.evaluationId());
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(open);
        if (notification.readAt() == null) {
            Button read = new Button(getTranslation("notifications.markRead"), click -> {
                markRead(notification);
                refresh();
            });
            read.setId("read-" + notification.id());
            read.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            actions.add(read);
        }
        return actions;
    }

    private void markRead(NotificationView notification) {
        if (notification.readAt() == null) {
            notifications.markRead(notification.id());
            NotificationBell.unreadChanged(this);
        }
    }

    private void refresh() {
        var mine = notifications.mine();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        if (mine.isEmpty() && getChildren().noneMatch(Paragraph.class::isInstance)) {
            add(new Paragraph(getTranslation("notifications.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title") + " · PerfEval";
    }
}
