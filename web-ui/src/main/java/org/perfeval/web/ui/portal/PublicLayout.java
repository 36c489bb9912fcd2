package org.perfeval.web.ui.portal;

import org.perfeval.web.ui.layout.LanguageSelect;
import org.perfeval.web.ui.layout.LoginView;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The frame of the public pages: title, language, and the way in for staff. */
@AnonymousAllowed
class PublicLayout extends VerticalLayout implements RouterLayout {

    PublicLayout() {
        setMaxWidth("72rem");
        getStyle().set("margin", "0 auto");
        H1 title = new H1(new RouterLink(getTranslation("portal.title"), PublicReportsView.class));
        title.getStyle().set("font-size", "1.25rem").set("margin", "0");
        LanguageSelect language = new LanguageSelect();
        RouterLink staff = new RouterLink(getTranslation("portal.staff"), LoginView.class);
        HorizontalLayout header = new HorizontalLayout(title, language, staff);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("flex-wrap", "wrap");
        add(header);
    }
}
