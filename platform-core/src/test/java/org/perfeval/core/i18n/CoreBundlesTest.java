package org.perfeval.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;
import org.perfeval.scoring.text.Labelled;

/**
 * platform-core's bundles: English and Chinese have the same keys, every labelled value and every key the code names
 * is in both, and every message is one MessageFormat reads as meant.
 */
class CoreBundlesTest {

    /** A key as the code names it: a string literal starting with "core.". */
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(core\\.[A-Za-z0-9_.]+)\"");
    /** A quote on its own, which MessageFormat would swallow: a quote shown must be written twice. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(load("i18n/core_zh.properties").stringPropertyNames())
                .isEqualTo(load("i18n/core.properties").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/core.properties", "i18n/core_zh.properties"})
    void everyRoleAndStatusHasItsLabel(String bundle) throws IOException {
        Properties messages = load(bundle);
        Stream.of(Role.values(), EvaluationStatus.values()).flatMap(Arrays::stream).map(Labelled::labelKey)
                .forEach(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/core.properties", "i18n/core_zh.properties"})
    void everyKeyTheCodeNamesIsThere(String bundle) throws IOException {
        Set<String> named = keysInCode();
        assertThat(named).as("keys found in src/main/java").hasSizeGreaterThan(40);
        assertThat(load(bundle).stringPropertyNames()).containsAll(named);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/core.properties", "i18n/core_zh.properties"})
    void everyMessageIsAValidMessageFormatWithItsQuotesDoubled(String bundle) throws IOException {
        Properties messages = load(bundle);
        for (String key : messages.stringPropertyNames()) {
            String message = messages.getProperty(key);
            assertThat(new MessageFormat(message).toPattern()).as(key).isNotNull();
            assertThat(LONE_QUOTE.matcher(message).find()).as(key + ": " + message).isFalse();
        }
    }

    private static Set<String> keysInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CoreBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
