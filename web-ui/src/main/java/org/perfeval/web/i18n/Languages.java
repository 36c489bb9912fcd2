package org.perfeval.web.i18n;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Every session starts in Simplified Chinese, whatever the browser asks for; users may switch to English. Public for
 * the language select in the frame.
 */
@Component
public class Languages implements VaadinServiceInitListener {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> ALL = List.of(CHINESE, ENGLISH);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setLocale(CHINESE));
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(ui.getUI().getSession().getLocale()));
    }

    /** Switches the user's session to {@code locale} and redraws the page in it. */
    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
