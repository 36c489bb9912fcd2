package org.perfeval.web.i18n;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The screens' texts, from Spring's MessageSource, the one the API and the mails read too, so that a key means the
 * same everywhere. Vaadin takes this bean instead of its own bundle loader.
 */
@Component
class Translations implements I18NProvider {

    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

    private final MessageSource messages;

    Translations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.ALL;
    }

    /** A missing key shows as itself between exclamation marks, as Vaadin's own loader did, and is logged. */
    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String text = messages.getMessage(key, params, null, locale);
        if (text == null) {
            LOG.warn("no text for {} in {}", key, locale);
            return "!" + key + "!";
        }
        return text;
    }
}
