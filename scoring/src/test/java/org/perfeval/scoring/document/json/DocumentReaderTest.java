package org.perfeval.scoring.document.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.scoring.text.Rendered;

/** Bad documents are refused with messages that name the field as a JSON pointer. */
class DocumentReaderTest {

    private static final String SEED = Samples.jinshui2021Json();

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            "weight": 6, "selfScore": 6}        | "weight": -6, "selfScore": 6}          | /indicators/19/weight   | must not be negative
            "executed": 173.65,                  | "executed": -1,                        | /budget/executed        | must not be negative
            "year": 2021                         | "year": "2021"                         | /year                   | must be a whole number
            "year": 2021                         | "year": 20.5                           | /year                   | must be a whole number
            "year": 2021                         | "year": 1800                           | /year                   | must be between
            "kind": "DEPARTMENT_OVERALL"         | "kind": "COUNTY"                       | /kind                   | must be one of
            "amountUnit": "万元"                 | "amountUnit": "美元"                   | /amountUnit             | must be one of
            "format": "perfeval/self-evaluation@1" | "format": "other@2"                  | /format                 | must be "perfeval/self-evaluation@1"
            "department": "郑州市金水区人民政府办公室", | "department": "  ",                  | /department             | must not be blank
            "department": "郑州市金水区人民政府办公室", |                                      | /department             | is required
            "target": "≥150"                     | "target": 150                          | /indicators/19/target   | must be a string
            "grade": "优"                        | "grade": "A"                           | /selfReported/grade     | must be one of
            "tasks": [                           | "tasks": {}, "x": [                    | /tasks                  | must be an array
            "weight": 1, "selfScore": 1},        | "weight": 1, "selfScore": 1, "tier": "GOOD"}, | /indicators/0/tier | must be one of
            "budget": {                          | "budget": 5, "b": {                    | /budget                 | must be an object
            "budgetScore": 7.42,                 | "budgetScore": "7.42",                 | /selfReported/budgetScore | must be a number
            """)
    void eachBadFieldIsNamed(String original, String replacement, String pointer, String message) {
        String json = SEED.replaceFirst(Pattern.quote(original),
                Matcher.quoteReplacement(replacement == null ? "" : replacement));
        assertThat(json).isNotEqualTo(SEED);

        ReadResult result = new DocumentReader().read(json);

        assertThat(result.isValid()).isFalse();
        assertThat(result.document()).isNull();
        assertThat(result.violations()).anySatisfy(v -> {
            assertThat(v.pointer()).isEqualTo(pointer);
            assertThat(Rendered.en(v.text())).startsWith(message);
            assertThat(Rendered.zh(v.text())).isNotBlank().isNotEqualTo(Rendered.en(v.text()));
        });
    }

    @ParameterizedTest(name = "malformed: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"format": 
            [1, 2
            not json at all
            {"a": 1, "a": 2}
            """)
    void malformedJsonIsRefusedAsAWhole(String json) {
        ReadResult result = new DocumentReader().read(json);

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.pointer()).isEmpty();
            assertThat(Rendered.en(v.text())).startsWith("is not well-formed JSON");
            assertThat(Rendered.zh(v.text())).startsWith("不是合法的 JSON：");
        });
    }

    @ParameterizedTest(name = "without {0}")
    @CsvSource({"indicators", "budget", "tasks", "year", "kind"})
    void missingRequiredFieldsAreNamed(String field) {
        String json = SEED.replace("\"" + field + "\":", "\"renamed_" + field + "\":");

        ReadResult result = new DocumentReader().read(json);

        assertThat(result.violations()).extracting(Violation::pointer).contains("/" + field);
    }

    @Test
    void aProjectFormNeedsAProjectName() {
        ReadResult result = new DocumentReader().read(SEED.replace("\"DEPARTMENT_OVERALL\"", "\"PROJECT\""));

        assertThat(result.violations()).extracting(Violation::pointer).containsExactly("/project");
    }

    @Test
    void unknownFieldsAreIgnored() {
        ReadResult result = new DocumentReader().read(SEED.replace("\"year\":", "\"comment\": \"x\", \"year\":"));

        assertThat(result.isValid()).isTrue();
    }
}
