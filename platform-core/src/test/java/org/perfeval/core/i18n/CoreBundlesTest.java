package org.perfeval.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;


import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;
import org.perfeval.core.testing.Bundles;
import org.perfeval.scoring.text.Labelled;

/**
 * platform-core's bundles: English and Chinese have the same keys, every labelled value and every key the code names
 * is in both, and every message is one MessageFormat reads as meant.
 */
class CoreBundlesTest {

    @Test
    void englishAndChineseHaveTheSameKeys() {
        Bundles.assertSameKeys("core");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/core.properties", "i18n/core_zh.properties"})
    void everyRoleAndStatusHasItsLabel(String bundle) {
        Properties messages = Bundles.load(bundle);
        Stream.of(Role.values(), EvaluationStatus.values()).flatMap(Arrays::stream).map(Labelled::labelKey)
                .forEach(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/core.properties", "i18n/core_zh.properties"})
    void everyKeyTheCodeNamesIsThere(String bundle) {
        Set<String> named = Bundles.keysInCode("core.");
        assertThat(named).as("keys found in src/main/java").hasSizeGreaterThan(40);
        assertThat(Bundles.load(bundle).stringPropertyNames()).containsAll(named);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/core.properties", "i18n/core_zh.properties"})
    void everyMessageIsAValidMessageFormatWithItsQuotesDoubled(String bundle) {
        Bundles.assertValidPatterns(bundle);
    }
}
