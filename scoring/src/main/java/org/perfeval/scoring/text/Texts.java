package org.perfeval.scoring.text;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders texts in a language from UTF-8 {@code .properties} bundles, whose base file is English. Patterns are
 * always {@link MessageFormat} ({@code ''} for an apostrophe); values are turned into strings first, so numbers are
 * never grouped or localised. A key missing from every bundle throws {@link MissingResourceException}: a text that
 * shows its key to people is a bug, not a fallback.
 */
public final class Texts {

    /**
     * Without this control a language with no bundle of its own (English) would fall back to the JVM's default
     * locale's bundle before the base, and an English report would come out in Chinese on a Chinese machine.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Texts SCORING = new Texts(List.of("i18n/scoring"));

    private final List<String> basenames;

    public Texts(List<String> basenames) {
        if (basenames.isEmpty()) {
            throw new IllegalArgumentException("texts need at least one bundle");
        }
        this.basenames = List.copyOf(basenames);
    }

    /** The scoring module's texts: findings, explanations, labels, places, violations and the CLI's report. */
    public static Texts scoring() {
        return SCORING;
    }

    public String render(Text text, Locale locale) {
        Object[] values = new Object[text.args().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(text.args().get(i), locale);
        }
        return new MessageFormat(pattern(text.key(), locale), locale).format(values);
    }

    public String label(Labelled constant, Locale locale) {
        return render(Text.of(constant.labelKey()), locale);
    }

    private String value(Object arg, Locale locale) {
        return switch (arg) {
            case null -> "";
            case Text text -> render(text, locale);
            case Labelled constant -> label(constant, locale);
            case BigDecimal decimal -> decimal.toPlainString();
            case Number number -> number.toString();
            default -> String.valueOf(arg);
        };
    }

    private String pattern(String key, Locale locale) {
        for (String basename : basenames) {
            ResourceBundle bundle = ResourceBundle.getBundle(basename, locale, Texts.class.getClassLoader(),
                    NO_FALLBACK);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("no text " + key + " for " + locale + " in " + basenames,
                basenames.getFirst(), key);
    }
}
