package org.perfeval.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * The screens' two bundles: the same keys in English and Chinese, and every text a valid MessageFormat pattern, as
 * the MessageSource renders each one through it (an apostrophe left single would vanish from the page).
 */
class BundlesTest {

    private static final String ENGLISH = "i18n/web.properties";
    private static final String CHINESE = "i18n/web_zh.properties";

    @Test
    void theEnglishAndTheChineseBundleHaveExactlyTheSameKeys() throws IOException {
        Properties english = load(ENGLISH);
        Properties chinese = load(CHINESE);

        assertThat(english).isNotEmpty();
        assertThat(chinese.stringPropertyNames()).as("keys only in " + CHINESE)
                .isSubsetOf(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys only in " + ENGLISH)
                .isSubsetOf(chinese.stringPropertyNames());
    }

    @Test
    void everyTextIsAMessageFormatPatternWithItsApostrophesDoubled() throws IOException {
        for (String bundle : new String[] {ENGLISH, CHINESE}) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text.replace("''", "")).as(bundle + " " + key).doesNotContain("'");
                assertThatCode(() -> new MessageFormat(text)).as(bundle + " " + key).doesNotThrowAnyException();
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
