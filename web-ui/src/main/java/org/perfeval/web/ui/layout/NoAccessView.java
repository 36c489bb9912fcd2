package org.perfeval.web.ui.layout;

import org.perfeval.core.security.CurrentUser;
import org.perfeval.core.security.CurrentUsers;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * For a user who logged in but has no role, or no registered department: what is missing and whom to ask, instead of
 * an error page.
 */
@Route("no-access")
@PermitAll
class NoAccessView extends VerticalLayout implements HasDynamicTitle {

    NoAccessView(AuthenticationContext authentication) {
        setMaxWidth("40rem");
        add(new H1(getTranslation("noaccess.title")));
        CurrentUsers.find().ifPresent(user -> {
            add(new Paragraph(getTranslation("noaccess.user", user.displayName() + " (" + user.username() + ")")));
            add(reasons(user));
        });
        add(new Paragraph(getTranslation("noaccess.help")));
        Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        logout.setId("logout");
        add(logout);
    }

    private Paragraph reasons(CurrentUser user) {
        Paragraph reasons = new Paragraph();
        reasons.setId("no-access-reasons");
        if (user.roles().isEmpty()) {
            reasons.add(getTranslation("noaccess.noRole") + " ");
        }
        if (!user.hasDepartment()) {
            reasons.add(getTranslation("noaccess.noDepartment"));
        }
        return reasons;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("noaccess.title");
    }
}
