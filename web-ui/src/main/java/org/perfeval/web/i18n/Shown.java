package org.perfeval.web.i18n;

import java.util.Locale;

import org.perfeval.core.i18n.Translator;
import org.perfeval.scoring.text.Labelled;
import org.perfeval.scoring.text.Text;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;

/**
 * Texts and labels as the current screen shows them: in its language, through the platform's one translator, so a
 * refusal, a finding or a stage reads the same here as in the API and the mails.
 */
public final class Shown {

    private Shown() {
    }

    public static String text(Text text) {
        return translator().render(text, locale());
    }

    public static String label(Labelled value) {
        return label(value, locale());
    }

    /** A label in a given language: the form's own words are Chinese, whatever the screen's language. */
    public static String label(Labelled value, Locale locale) {
        return value == null ? "" : translator().label(value, locale);
    }

    /** The language of the screen being drawn; Chinese outside one. */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Languages.CHINESE;
    }

    private static Translator translator() {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(Translator.class);
    }
}
