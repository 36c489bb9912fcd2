package org.perfeval.core.print;

import java.math.BigDecimal;
import java.util.Locale;

import org.perfeval.core.i18n.Translator;
import org.perfeval.scoring.text.Labelled;
import org.perfeval.scoring.text.Text;

/** The words of one printed document, in its reader's language, from the message bundles. */
public record Words(Translator translator, Locale locale) {

    public String get(String key, Object... args) {
        return translator.render(Text.of(key, args), locale);
    }

    public String text(Text text) {
        return text == null ? "" : translator.render(text, locale);
    }

    public String label(Labelled value) {
        return value == null ? "" : translator.label(value, locale);
    }

    /** A score as forms print it, with two decimals at least (97.20); null stays null. */
    public static BigDecimal score(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.scale() < 2 ? value.setScale(2) : value;
    }
}
