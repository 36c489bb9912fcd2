package org.perfeval.web.ui.portal;

import java.util.Locale;

import org.perfeval.web.i18n.Languages;
import org.perfeval.web.ui.LoginView;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The frame of the public pages: title, language, and the way in for staff. */
@AnonymousAllowed
public class PublicLayout extends VerticalLayout implements RouterLayout {

    public PublicLayout() {
        setMaxWidth("72rem");
        getStyle().set("margin", "0 auto");
        H1 title = new H1(new RouterLink(getTranslation("portal.title"), PublicReportsView.class));
        title.getStyle().set("font-size", "1.25rem").set("margin", "0");
        Select<Locale> language = new Select<>();
        language.setItems(Languages.ALL);
        language.setItemLabelGenerator(locale -> locale.equals(Languages.CHINESE) ? "中文" : "English");
        language.setValue(getLocale().getLanguage().equals("en") ? Languages.ENGLISH : Languages.CHINESE);
        language.setAriaLabel(getTranslation("app.language"));
        language.setWidth("7em");
        language.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                Languages.switchTo(event.getValue());
            }
        });
        RouterLink staff = new RouterLink(getTranslation("portal.staff"), LoginView.class);
        HorizontalLayout header = new HorizontalLayout(title, language, staff);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("flex-wrap", "wrap");
        add(header);
    }
}
