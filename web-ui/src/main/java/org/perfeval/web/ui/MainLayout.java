package org.perfeval.web.ui;

import java.util.stream.Collectors;

import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.Role;
import org.perfeval.web.i18n.LanguageSelect;
import org.perfeval.web.ui.admin.DeadlinesView;
import org.perfeval.web.ui.admin.DepartmentsView;
import org.perfeval.web.ui.admin.SchemesView;
import org.perfeval.web.ui.admin.UsersView;
import org.perfeval.web.ui.portal.PublicReportsView;
import org.perfeval.workflow.process.NotificationService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/** The frame of every screen after login: title, navigation, who is logged in, language, logout. */
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final RouterLink bell = new RouterLink();

    public MainLayout(AuthenticationContext authentication, NotificationService notifications) {
        this.notifications = notifications;
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "1.125rem").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("perfeval-header");
        header.getStyle().set("padding-right", "1rem").set("flex-wrap", "wrap");
        Span user = new Span(CurrentUsers.find().map(MainLayout::describe).orElse(""));
        user.addClassName("perfeval-user");
        LanguageSelect language = new LanguageSelect();
        Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        bell.setRoute(NotificationsView.class);
        bell.setId("notifications-bell");
        HorizontalLayout right = new HorizontalLayout(bell, user, language, logout);
        right.getStyle().set("flex-wrap", "wrap");
        right.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto");
        header.add(right);
        addToNavbar(header);
        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem(getTranslation("nav.inbox"), InboxView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.evaluations"), EvaluationsView.class));
        nav.addItem(new SideNavItem(getTranslation("nav.notifications"), NotificationsView.class));
        if (CurrentUsers.find().filter(current -> current.has(Role.ADMIN)).isPresent()) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.departments"), DepartmentsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.deadlines"), DeadlinesView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.schemes"), SchemesView.class));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.public"), PublicReportsView.class));
        addToDrawer(nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showUnread();
    }

    private void showUnread() {
        long unread = CurrentUsers.find().isPresent() ? notifications.unreadCount() : 0;
        bell.setText(getTranslation("notifications.bell", unread));
        bell.getStyle().set("font-weight", unread > 0 ? "600" : "normal");
    }

    /** After {@code component} marked something read: the count in the header of its page follows. */
    static void refreshUnread(Component component) {
        MainLayout layout = component.findAncestor(MainLayout.class);
        if (layout != null) {
            layout.showUnread();
        }
    }

    private static String describe(CurrentUser user) {
        String roles = user.roles().stream().map(role -> role.label()).sorted().collect(Collectors.joining("、"));
        return user.displayName() + (user.departmentName() == null ? "" : " · " + user.departmentName())
                + (roles.isEmpty() ? "" : " · " + roles);
    }
}
