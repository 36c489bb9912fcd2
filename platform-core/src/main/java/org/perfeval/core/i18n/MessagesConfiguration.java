package org.perfeval.core.i18n;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ClassUtils;

/**
 * The platform's one {@link MessageSource}: every module's bundle under i18n/, English in the base file and Chinese in
 * the _zh one. Screens, the API and mails all render through it.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    /** Lowest module first: a key is looked up in this order. */
    static final List<String> BASENAMES = List.of("i18n/scoring", "i18n/core", "i18n/workflow", "i18n/web");

    /**
     * Always through MessageFormat, so that a quote is written the same way ('') in every message, with or without
     * arguments; never the server's own locale as a fallback, so that a language without a bundle gets the English
     * base rather than whatever the server runs in. Bundles of modules that are not on the class path (platform-core
     * tested alone) are left out rather than looked for, and warned about, on every lookup.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        ClassLoader classLoader = ClassUtils.getDefaultClassLoader();
        messages.setBasenames(BASENAMES.stream()
                .filter(basename -> classLoader == null || classLoader.getResource(basename + ".properties") != null)
                .toArray(String[]::new));
        messages.setDefaultEncoding("UTF-8");
        messages.setAlwaysUseMessageFormat(true);
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
