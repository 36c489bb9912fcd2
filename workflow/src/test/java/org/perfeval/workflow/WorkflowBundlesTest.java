package org.perfeval.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.perfeval.core.testing.Bundles;
import org.perfeval.scoring.text.Labelled;
import org.perfeval.workflow.notification.NotificationKind;
import org.perfeval.workflow.process.BpmnModelTest;
import org.perfeval.workflow.process.WorkflowAction;

/**
 * The workflow's bundles: English and Chinese have the same keys, every action, notification kind and diagram node
 * has its label, and every key the code names is in both.
 */
class WorkflowBundlesTest {

    @Test
    void englishAndChineseHaveTheSameKeys() {
        Bundles.assertSameKeys("workflow");
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/workflow.properties", "i18n/workflow_zh.properties"})
    void everyActionKindAndDiagramNodeHasItsLabel(String bundle) throws Exception {
        Properties messages = Bundles.load(bundle);
        Stream.concat(Stream.of(WorkflowAction.values(), NotificationKind.values()).flatMap(Arrays::stream),
                        BpmnModelTest.diagram().nodes().stream())
                .map(Labelled::labelKey)
                .forEach(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/workflow.properties", "i18n/workflow_zh.properties"})
    void everyKeyTheCodeNamesIsThere(String bundle) {
        Set<String> named = Bundles.keysInCode("workflow.");
        named.addAll(Bundles.keysInCode("notification."));
        assertThat(named).as("keys found in src/main/java").hasSizeGreaterThan(30);
        assertThat(Bundles.load(bundle).stringPropertyNames()).containsAll(named);
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/workflow.properties", "i18n/workflow_zh.properties"})
    void everyMessageIsAValidMessageFormatWithItsQuotesDoubled(String bundle) {
        Bundles.assertValidPatterns(bundle);
    }

    @Test
    void theChineseBundleHasNoEnglishWords() {
        Properties chinese = Bundles.load("i18n/workflow_zh.properties");
        // the product's name, and the hash algorithm's, which Chinese documents write in Latin letters too
        chinese.forEach((key, message) -> assertThat(message.toString().replace("PerfEval", "")
                .replace("SHA-256", "")).as(key.toString()).doesNotContainPattern("[A-Za-z]{2,}"));
    }
}
