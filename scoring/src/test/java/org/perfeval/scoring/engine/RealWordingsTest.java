package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.scoring.engine.Forms.d;
import static org.perfeval.scoring.engine.Forms.withOutputRow;

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

/**
 * Wordings of targets, actuals, units, names and 指标性质 taken from real published forms (the source of each is in
 * {@code real-wordings.csv}), each with the rule and score the published rules give it.
 */
class RealWordingsTest {

    @ParameterizedTest(name = "{0}: {1} | {2} | {3} | {4} → {9} {8}")
    @CsvFileSource(resources = "/real-forms/real-wordings.csv", delimiter = '|', numLinesToSkip = 1,
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
