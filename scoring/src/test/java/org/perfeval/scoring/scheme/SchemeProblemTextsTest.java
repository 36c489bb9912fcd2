package org.perfeval.scoring.scheme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
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
        assertThat(Rendered.zh(violation.problem())).isEqualTo("分值合计 105，应为 100");
        assertThat(Rendered.zh(violation.text())).isEqualTo("一级指标分值合计 105，应为 100");
        assertThat(Rendered.en(violation.text())).isEqualTo("level-1 indicators: weights add up to 105, not 100");
    }

    @Test
    void aSchemesFieldsAreNamedAsTheEditorNamesThem() {
        String json = new SchemeCodec().write(SchemeRegistry.builtIn().find("henan-department-overall").orElseThrow())
                .replace(" : ", ": ").replaceFirst("\"max\": 0.8", "\"max\": 0.7")
                .replaceFirst("\"formula\": \"RATIO\"", "\"formula\": \"SQUARE\"");

        List<Violation> violations = new SchemeCodec().read(json).violations();

        assertThat(violations).extracting(v -> Rendered.zh(v.text())).containsExactly(
                "逆向指标规则·计分方法应为以下之一：比例法（分值 × 指标值 ÷ 实际完成值）、扣分法（超出上限每点扣分，不低于最低分）");
        assertThat(Rendered.en(violations.getFirst().text())).isEqualTo("lower-is-better rule, formula: must be one of "
                + "RATIO (ratio: weight × target / actual), DEDUCTION (deduction per point above the limit, down to a "
                + "floor)");
        Violation tier = new SchemeCodec().read(json.replace("\"SQUARE\"", "\"RATIO\"")).violations().getFirst();
        assertThat(tier.pointer()).isEqualTo("/tiers/1/max");
        assertThat(Rendered.zh(tier.text())).isEqualTo("定性指标档次第 2 项·上限应等于上一档的下限");
        assertThat(Rendered.en(tier.text())).isEqualTo("tiers, no. 2, max: must equal the min of the tier above");
    }

    @Test
    void aSchemeThatIsNotJsonIsRefusedInWords() {
        Violation violation = new SchemeCodec().read("{\"id\": ").violations().getFirst();

        assertThat(Rendered.zh(violation.text())).isEqualTo("评分方案格式有误，无法解析：第 1 行第 8 列附近");
        assertThat(Rendered.en(violation.text())).startsWith("the scoring scheme: is not well-formed JSON near line 1");
    }
}
