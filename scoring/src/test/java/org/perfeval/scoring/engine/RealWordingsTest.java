package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.scoring.engine.Forms.d;
import static org.perfeval.scoring.engine.Forms.withOutputRow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.perfeval.scoring.document.Direction;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.scheme.ScoringScheme;
import org.perfeval.scoring.scheme.Wording;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wordings of targets, actuals, units, names and 指标性质 taken from the real forms transcribed under
 * {@code real-forms/} ({@code real-wordings.csv}: each row names the fixture and row it comes from, and is checked to
 * be that row), and wordings quoted in issue 11 from forms not transcribed whole ({@code issue-wordings.csv}); each
 * with the rule and score the published rules give it.
 */
class RealWordingsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0}: {1} | {2} | {3} | {4} → {9} {8}")
    @CsvFileSource(resources = "/real-forms/real-wordings.csv", delimiter = '|', numLinesToSkip = 1,
            nullValues = "-")
    void aFormsWordingScoresTheWayTheRulesRead(String source, String name, String target, String unit, String actual,
                                               String weight, String self, String direction, String expected,
                                               RowRule rule) throws IOException {
        JsonNode row = fixtureRow(source);
        assertThat(row.get("level3").stringValue()).as(source).isEqualTo(name);
        assertThat(row.get("target").stringValue()).as(source).isEqualTo(target);
        assertThat(row.get("unit").stringValue()).as(source).isEqualTo(unit == null ? "" : unit);
        assertThat(row.get("actual").stringValue()).as(source).isEqualTo(actual);
        assertThat(row.get("weight").decimalValue()).as(source).isEqualByComparingTo(weight);

        scoresTheWayTheRulesRead(source, name, target, unit, actual, weight, self, direction, expected, rule);
    }

    @ParameterizedTest(name = "{0}: {1} | {2} | {3} | {4} → {9} {8}")
    @CsvFileSource(resources = "/real-forms/issue-wordings.csv", delimiter = '|', numLinesToSkip = 1,
            nullValues = "-")
    void scoresTheWayTheRulesRead(String source, String name, String target, String unit, String actual,
                                  String weight, String self, String direction, String expected, RowRule rule) {
        Indicator row = new Indicator("产出指标", "二级", name, target, unit == null ? "" : unit, actual, d(weight),
                self == null ? null : d(self), null, "原因", false, Direction.parse(direction));

        ScoreResult result = Scorer.withBuiltInSchemes().score(withOutputRow(row));
        RowResult scored = result.indicators().get(1);

        assertThat(scored.rule()).as(source).isEqualTo(rule);
        assertThat(scored.score()).as(source).isEqualByComparingTo(expected);
        assertThat(result.provisional()).isEqualTo(rule == RowRule.NOT_SCORABLE);
    }

    @Test
    void atLeastSixtyWordingsComeFromTheTranscribedForms() throws IOException {
        try (InputStream in = RealWordingsTest.class.getResourceAsStream("/real-forms/real-wordings.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            assertThat(lines).hasSizeGreaterThanOrEqualTo(60);
            assertThat(lines).allMatch(line -> line.matches("^[a-z0-9-]+\\.json#\\d+\\|.*"));
        }
    }

    /** The row a source such as {@code hebei-langfang-shipin-2019-nuantong.json#5} names, from that fixture. */
    private static JsonNode fixtureRow(String source) throws IOException {
        String file = source.substring(0, source.indexOf('#'));
        int number = Integer.parseInt(source.substring(source.indexOf('#') + 1));
        String resource = file.equals("jinshui-2021.json") ? "/org/perfeval/scoring/document/json/" + file
                : "/real-forms/" + file;
        try (InputStream in = RealWordingsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(source).isNotNull();
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).get("indicators")
                    .get(number - 1);
        }
    }

    @Test
    void theNamesThatMakeARowLowerIsBetterAreTheSchemesData() {
        Indicator row = new Indicator("产出指标", "二级", "财政供养人员控制率", "100%", "%", "92%", d("2"), d("2"), null,
                "原因", false);
        ScoringScheme henan = Scorer.withBuiltInSchemes().schemes().find("henan-department-overall").orElseThrow();
        Wording without = SeedVariants.with(henan.wording(), "lowerIsBetterNames", List.of("结余率"));

        RowResult byDefault = Scorer.withBuiltInSchemes().score(withOutputRow(row), henan).indicators().get(1);
        RowResult edited = Scorer.withBuiltInSchemes().score(withOutputRow(row),
                SeedVariants.with(henan, "wording", without)).indicators().get(1);

        assertThat(henan.wording().lowerIsBetterNames()).contains("控制率");
        assertThat(byDefault.rule()).isEqualTo(RowRule.LOWER_IS_BETTER_MET);
        assertThat(edited.rule()).isEqualTo(RowRule.HIGHER_IS_BETTER_PROPORTIONAL);
        assertThat(edited.score()).isEqualByComparingTo("1.84");
    }
}
