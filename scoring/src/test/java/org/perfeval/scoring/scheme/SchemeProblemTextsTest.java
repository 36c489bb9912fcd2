package org.perfeval.scoring.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.document.json.Violation;
import org.perfeval.scoring.text.Rendered;

/** Each rule a scheme must keep has its text in both languages, and the bundles hold no other scheme texts. */
class SchemeProblemTextsTest {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Test
    void theSchemeTextsAreExactlyTheSchemeProblemsInBothLanguages() {
        var expected = Arrays.stream(SchemeProblem.values()).map(SchemeProblem::key).toList();
        for (Locale locale : new Locale[]{Locale.ROOT, Locale.CHINESE}) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n/scoring", locale, NO_FALLBACK);
            assertThat(bundle.keySet().stream().filter(key -> key.startsWith("violation.scheme.")))
                    .as(locale.toString()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aRefusedSchemeSaysWhyWithItsNumbersInBothLanguages() {
        String json = new SchemeCodec().write(SchemeRegistry.builtIn().find("henan-department-overall").orElseThrow())
                .replace(" : ", ": ").replaceFirst("\"weight\": 40,", "\"weight\": 45,");

        Violation violation = new SchemeCodec().read(json).violations().getFirst();

        assertThat(violation.pointer()).isEqualTo("/level1");
        assertThat(Rendered.zh(violation.text())).isEqualTo("分值合计 105，应为 100");
        assertThat(Rendered.en(violation.text())).isEqualTo("weights add up to 105, not 100");
    }
}
