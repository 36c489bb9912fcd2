package org.perfeval.web.ui.layout;

import java.util.stream.Collectors;

import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;
import org.perfeval.web.i18n.Shown;
import org.springframework.beans.factory.ObjectProvider;

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
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The frame of every screen after login: title, navigation, the features' header items, who is logged in, language,
 * logout. Public because every staff view names it as its layout.
 */
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, ObjectProvider<HeaderItem> items) {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "1.125rem").set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("perfeval-header");
        header.getStyle().set("padding-right", "1rem").set("flex-wrap", "wrap");
        Span user = new Span(CurrentUsers.find().map(MainLayout::describe).orElse(""));
        user.addClassName("perfeval-user");
        Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout right = new HorizontalLayout();
        items.orderedStream().forEach(item -> right.add(item.create()));
        right.add(user, new LanguageSelect(), logout);
        right.getStyle().set("flex-wrap", "wrap");
        right.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        right.getStyle().set("margin-left", "auto");
        header.add(right);
        addToNavbar(header);
        addToDrawer(navigation());
    }

    /**
     * The views marked with {@code @Menu} that this user may open, in their order. Vaadin filters them through the
     * same access control that guards navigation, so administrators see the administration and no one else does.
     */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // relative to the page's base, as a link to the view's class would be
            String path = entry.path().startsWith("/") ? entry.path().substring(1) : entry.path();
            nav.addItem(new SideNavItem(getTranslation(entry.title()), path));
        }
        return nav;
    }

    private static String describe(CurrentUser user) {
        String roles = user.roles().stream().map(Shown::label).sorted().collect(Collectors.joining("、"));
        return user.displayName() + (user.departmentName() == null ? "" : " · " + user.departmentName())
                + (roles.isEmpty() ? "" : " · " + roles);
    }
}
