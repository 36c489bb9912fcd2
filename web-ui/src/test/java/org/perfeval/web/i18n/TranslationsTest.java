package org.perfeval.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import com.vaadin.flow.i18n.I18NProvider;

/** The screens' texts through the application's MessageSource: Chinese, English, arguments, and what is missing. */
@SpringBootTest
@ActiveProfiles("test")
class TranslationsTest {

    @Autowired
    I18NProvider translations;

    @Test
    void theProviderIsThisModulesAndOffersChineseFirstThenEnglish() {
        assertThat(translations).isInstanceOf(Translations.class);
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
        assertThat(translations.getDefaultLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void textsComeInTheAskedLanguageWithTheirArgumentsAndSingleApostrophes() {
        assertThat(translations.getTranslation("nav.inbox", Locale.SIMPLIFIED_CHINESE)).isEqualTo("我的待办");
        assertThat(translations.getTranslation("nav.inbox", Locale.ENGLISH)).isEqualTo("My tasks");
        assertThat(translations.getTranslation("inbox.count", Locale.SIMPLIFIED_CHINESE, 3)).isEqualTo("共 3 项");
        assertThat(translations.getTranslation("inbox.count", Locale.ENGLISH, 3)).isEqualTo("3 tasks");
        assertThat(translations.getTranslation("transfer.username", Locale.ENGLISH))
                .isEqualTo("Colleague's user name");
    }

    @Test
    void anotherLanguageGetsTheEnglishBaseNotTheServersOwnLanguage() {
        Locale server = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            assertThat(translations.getTranslation("nav.inbox", Locale.GERMAN)).isEqualTo("My tasks");
        } finally {
            Locale.setDefault(server);
        }
    }

    @Test
    void aMissingKeyShowsItselfMarked() {
        assertThat(translations.getTranslation("no.such.key", Locale.SIMPLIFIED_CHINESE)).isEqualTo("!no.such.key!");
    }
}
