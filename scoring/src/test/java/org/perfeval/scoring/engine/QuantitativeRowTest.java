package org.perfeval.scoring.engine;

import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.result.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.scoring.engine.Forms.codes;
import static org.perfeval.scoring.engine.Forms.row;
import static org.perfeval.scoring.engine.Forms.scoreRow;
import static org.perfeval.scoring.engine.Forms.withOutputRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quantitative rows: every spelling found on real forms, met and missed, in both directions. */
class QuantitativeRowTest {

    @ParameterizedTest(name = "target \"{0}\" unit \"{1}\" actual \"{2}\" weight {3} scores {4} by {5}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥70      | %    | 74.2    | 2  | 2.00 | HIGHER_IS_BETTER_MET
            ≧735     | 个   | 735     | 4  | 4.00 | HIGHER_IS_BETTER_MET
            >95      | %    | 96      | 4  | 4.00 | HIGHER_IS_BETTER_MET
            =100     | %    | 100     | 4  | 4.00 | HIGHER_IS_BETTER_MET
            ═100     | %    | 99      | 1  | 0.99 | HIGHER_IS_BETTER_PROPORTIONAL
            100      | %    | 90      | 10 | 9.00 | HIGHER_IS_BETTER_PROPORTIONAL
            100%     | %    | 95%     | 2  | 1.90 | HIGHER_IS_BETTER_PROPORTIONAL
            20万元   | 万元 | 15万元  | 4  | 3.00 | HIGHER_IS_BETTER_PROPORTIONAL
            ≥100     | %    | 80      | 5  | 4.00 | HIGHER_IS_BETTER_PROPORTIONAL
            ≥8       | 件   | 1       | 1  | 0.13 | HIGHER_IS_BETTER_PROPORTIONAL
            ≥3       | 件   | 2       | 1  | 0.67 | HIGHER_IS_BETTER_PROPORTIONAL
            ≥９５    | ％   | ９８    | 3  | 3.00 | HIGHER_IS_BETTER_MET
            ＞＝９５ | %    | 94.05   | 2  | 1.98 | HIGHER_IS_BETTER_PROPORTIONAL
            ' ≥ 99 ' | %    | ' 99 '  | 1  | 1.00 | HIGHER_IS_BETTER_MET
            不低于95% | %   | 96      | 2  | 2.00 | HIGHER_IS_BETTER_MET
            95%以上  | %    | 90      | 2  | 1.89 | HIGHER_IS_BETTER_PROPORTIONAL
            ≥1,000   | 人次 | 1,500   | 2  | 2.00 | HIGHER_IS_BETTER_MET
            ≤100     | %    | 13      | 1  | 1.00 | LOWER_IS_BETTER_MET
            ≦5       | 天   | 5       | 2  | 2.00 | LOWER_IS_BETTER_MET
            5≤       | %    | 0       | 1  | 1.00 | LOWER_IS_BETTER_MET
            ≤5       | %    | 0       | 1  | 1.00 | LOWER_IS_BETTER_MET
            20≤      | %    | 25.79   | 1  | 0.78 | LOWER_IS_BETTER_RATIO
            ≤5       | %    | 10      | 3  | 1.50 | LOWER_IS_BETTER_RATIO
            <3       | 次   | 3       | 2  | 2.00 | LOWER_IS_BETTER_RATIO
            不超过10 | 天   | 20      | 4  | 2.00 | LOWER_IS_BETTER_RATIO
            10天以内 | 天   | 8天     | 4  | 4.00 | LOWER_IS_BETTER_MET
            """)
    void scoresByTheRuleOfItsComparison(String target, String unit, String actual, String weight, String expected,
                                        RowRule rule) {
        RowResult result = scoreRow(row("产出指标", target, unit, actual, weight, null));

        assertThat(result.rule()).isEqualTo(rule);
        assertThat(result.score()).isEqualByComparingTo(expected);
        assertThat(result.score().scale()).isEqualTo(2);
    }

    @ParameterizedTest(name = "actual \"{0}\" against ≥200米 is an inequality, scored as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥266米 | 5.00
            ≤150米 | 3.75
            """)
    void anActualWrittenAsAnInequalityIsAFindingAndItsNumberIsUsed(String actual, String expected) {
        ScoreResult result = Scorer.withBuiltInSchemes()
                .score(withOutputRow(row("产出指标", "≥200米", "米", actual, "5", null)));

        assertThat(result.indicators().get(1).score()).isEqualByComparingTo(expected);
        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.ACTUAL_IS_INEQUALITY
                && f.pointer().equals("/indicators/1/actual") && f.severity() == Severity.WARNING);
    }

    @ParameterizedTest(name = "target \"{0}\" actual \"{1}\" self {2}: {3} ({4}), kept {5}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            较高     | 90     | null | TARGET_UNREADABLE | WARNING | 0
            ''       | 90     | 1.5  | TARGET_MISSING    | ERROR   | 1.5
            95-100   | 90     | 2    | TARGET_UNREADABLE | WARNING | 2
            ≥≥5      | 9      | 3    | TARGET_UNREADABLE | WARNING | 2
            ≥95      | 很好   | 1    | ACTUAL_UNREADABLE | WARNING | 1
            ≥95      | null   | 2    | ACTUAL_MISSING    | ERROR   | 2
            ≥95      | '  '   | 2    | ACTUAL_MISSING    | ERROR   | 2
            """)
    void aRowTheRulesCannotDecideKeepsTheDepartmentsScoreWithinItsWeightUnverified(
            String target, String actual, String self, FindingCode code, Severity severity, String kept) {
        ScoreResult result = Scorer.withBuiltInSchemes()
                .score(withOutputRow(row("产出指标", target, "%", actual, "2", self)));

        assertThat(result.indicators().get(1).rule()).isEqualTo(RowRule.NOT_SCORABLE);
        assertThat(result.indicators().get(1).unverified()).isTrue();
        assertThat(result.indicators().get(1).score()).isEqualByComparingTo(kept);
        assertThat(result.unverifiedCount()).isEqualTo(1);
        assertThat(result.provisional()).isTrue();
        assertThat(result.findings()).anyMatch(f -> f.code() == code && f.severity() == severity
                && f.pointer().startsWith("/indicators/1"));
        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.ROW_UNVERIFIED
                && f.severity() == Severity.WARNING && f.pointer().equals("/indicators/1"));
    }

    @Test
    void aMissingActualWithoutAScoreIsOnlyAWarning() {
        ScoreResult result = Scorer.withBuiltInSchemes()
                .score(withOutputRow(row("产出指标", "≥95", "%", null, "2", null)));

        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.ACTUAL_NOT_GIVEN
                && f.severity() == Severity.WARNING);
        assertThat(result.hasErrors()).isFalse();
    }

    @ParameterizedTest(name = "target \"{0}\" unit \"{1}\" actual \"{2}\" mismatch at {3}")
    @CsvSource(delimiter = '|', textBlock = """
            20万元 | 米   | 20      | /indicators/1/target
            20万元 | 万元 | 20元    | /indicators/1/actual
            ≥95    | %    | 96件    | /indicators/1/actual
            """)
    void unitsThatDoNotMatchAreFlagged(String target, String unit, String actual, String pointer) {
        ScoreResult result = Scorer.withBuiltInSchemes()
                .score(withOutputRow(row("产出指标", target, unit, actual, "2", null)));

        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.UNIT_MISMATCH
                && f.pointer().equals(pointer));
    }

    @ParameterizedTest(name = "actual {0} against ≥100: over-achievement note {1}")
    @CsvSource({"130, false", "130.01, true", "219, true", "100, false"})
    void anActualMoreThan30PercentAboveItsTargetIsANoteWithoutDeduction(String actual, boolean flagged) {
        ScoreResult result = Scorer.withBuiltInSchemes()
                .score(withOutputRow(row("产出指标", "≥100", "件", actual, "2", null)));

        assertThat(codes(result).contains(FindingCode.TARGET_POSSIBLY_TOO_LOW)).isEqualTo(flagged);
        assertThat(result.indicators().get(1).score()).isEqualByComparingTo("2.00");
        result.findings().stream().filter(f -> f.code() == FindingCode.TARGET_POSSIBLY_TOO_LOW)
                .forEach(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void aMissedTargetWithoutDeviationReasonIsAWarning() {
        ScoreResult result = Scorer.withBuiltInSchemes()
                .score(withOutputRow(row("产出指标", "≥100", "件", "50", "2", "1")));

        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.DEVIATION_REASON_MISSING
                && f.pointer().equals("/indicators/1/deviationReason"));
    }
}
