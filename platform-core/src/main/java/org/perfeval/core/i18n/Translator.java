package org.perfeval.core.i18n;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.perfeval.scoring.text.Labelled;
import org.perfeval.scoring.text.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Renders texts and labels in a language. Arguments are rendered first: a text in the same language, a labelled
 * value as its label, numbers as written (no grouping: a year stays 2021), points in time and dates in the
 * platform's time zone.
 */
@Component
public class Translator {

    private static final Logger LOG = LoggerFactory.getLogger(Translator.class);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MessageSource messages;
    private final DateTimeFormatter minute;

    Translator(MessageSource messages, ZoneId zone) {
        this.messages = messages;
        this.minute = MINUTE.withZone(zone);
    }

    public String render(Text text, Locale locale) {
        Object[] args = text.args().stream().map(arg -> arg(arg, locale)).toArray();
        return message(text.key(), args, locale);
    }

    public String label(Labelled value, Locale locale) {
        return message(value.labelKey(), null, locale);
    }

    private Object arg(Object arg, Locale locale) {
        return switch (arg) {
            case null -> "";
            case Text text -> render(text, locale);
            case Labelled value -> label(value, locale);
            case BigDecimal decimal -> decimal.toPlainString();
            case Number number -> number.toString();
            case Instant instant -> minute.format(instant);
            case LocalDate date -> DAY.format(date);
            default -> arg;
        };
    }

    /**
     * A key missing from the bundles is a bug the bundle tests should have caught; a person still gets the key rather
     * than an error page in place of the message they needed.
     */
    private String message(String key, Object[] args, Locale locale) {
        try {
            return messages.getMessage(key, args, locale);
        } catch (NoSuchMessageException e) {
            LOG.warn("no message {} for {}", key, locale);
            return key;
        }
    }
}
