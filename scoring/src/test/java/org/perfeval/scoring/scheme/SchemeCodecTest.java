package org.perfeval.scoring.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.json.Violation;

/** Schemes are data: the built-in ones load and validate, and an edited scheme is checked field by field. */
class SchemeCodecTest {

    private final SchemeCodec codec = new SchemeCodec();

    static List<String> builtInIds() {
        return SchemeRegistry.builtInIds();
    }

    @ParameterizedTest
    @MethodSource("builtInIds")
    void eachBuiltInSchemeSurvivesWriteAndRead(String id) {
        ScoringScheme scheme = SchemeRegistry.builtIn().find(id).orElseThrow();

        SchemeCodec.Result again = codec.read(codec.write(scheme));

        assertThat(again.violations()).isEmpty();
        assertThat(again.scheme()).isEqualTo(scheme);
        assertThat(scheme.version()).isPositive();
    }

    @Test
    void theDefaultsAreHenanForDepartmentsAndNationalForProjects() {
        ScoringScheme henan = SchemeRegistry.builtIn().defaultFor(EvaluationKind.DEPARTMENT_OVERALL);
        assertThat(henan.id()).isEqualTo("henan-department-overall");
        assertThat(henan.level1()).extracting(Level1Definition::name, Level1Definition::weight, Level1Definition::fixed)
                .containsExactly(
                        tuple("预算执行率", new BigDecimal("10"), true),
                        tuple("投入管理指标", new BigDecimal("20"), false),
                        tuple("产出指标", new BigDecimal("40"), false),
                        tuple("效益指标", new BigDecimal("30"), false));
        assertThat(SchemeRegistry.builtIn().defaultFor(EvaluationKind.PROJECT).id()).isEqualTo("national-project");
        assertThat(SchemeRegistry.builtIn().find("hubei-project").orElseThrow().budgetBlock().orElseThrow().weight())
                .isEqualByComparingTo("20");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "weight": 40,                  | "weight": 45,                   | /level1
            "id": "henan-department-overall" | "id": "Henan Overall"         | /id
            "min": 0.6,                    | "min": 0.65,                    | /tiers/2/max
            "min": 80                      | "min": 95                       | /grades/1/min
            "formula": "RATIO",            | "formula": "DEDUCTION",         | /lowerIsBetter/deductionPerPoint
            "mode": "HALF_UP"              | "mode": "SOMETIMES"             | /rounding/mode
            "scale": 2,                    | "scale": 9,                     | /rounding/scale
            "version": 1,                  | "version": 0,                   | /version
            """)
    void anInvalidEditIsRefusedWithThePointerOfTheField(String original, String replacement, String pointer) {
        String json = codec.write(SchemeRegistry.builtIn().find("henan-department-overall").orElseThrow())
                .replace(" : ", ": ");
        String edited = json.replaceFirst(Pattern.quote(original), replacement);
        assertThat(edited).isNotEqualTo(json);

        SchemeCodec.Result result = codec.read(edited);

        assertThat(result.isValid()).isFalse();
        assertThat(result.violations()).extracting(Violation::pointer).contains(pointer);
    }

    @Test
    void aCopyCarriesItsOwnIdAndVersion() {
        ScoringScheme copy = SchemeRegistry.builtIn().find("henan-department-overall").orElseThrow()
                .copyAs("zhengzhou-2025", 1, "郑州 2025", "Zhengzhou 2025");

        SchemeRegistry registry = SchemeRegistry.builtIn().with(List.of(copy));

        assertThat(registry.find("zhengzhou-2025")).contains(copy);
        assertThat(registry.all()).hasSize(5);
    }
}
