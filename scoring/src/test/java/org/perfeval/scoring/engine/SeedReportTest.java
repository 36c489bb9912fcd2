package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.json.Samples;
import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.Level1Result;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.text.Rendered;

/** The seed report, 金水区人民政府办公室 2021, recomputed as the rules document says it must be. */
class SeedReportTest {

    private final ScoreResult result = Scorer.withBuiltInSchemes().score(Samples.jinshui2021());

    @Test
    void theRulesGive97Point20NotTheSelfReported95Point92() {
        assertThat(result.total()).isEqualByComparingTo("97.20");
        assertThat(result.total().scale()).isEqualTo(2);
        assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(result.selfTotal()).isEqualByComparingTo("95.92");
        assertThat(result.schemeId()).isEqualTo("henan-department-overall");
        assertThat(result.schemeVersion()).isEqualTo(1);
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.SELF_TOTAL_DIFFERS);
            assertThat(f.pointer()).isEqualTo("/selfReported/total");
            assertThat(Rendered.zh(f.text())).contains("95.92", "97.20");
            assertThat(Rendered.en(f.text())).contains("95.92", "97.20");
        });
    }

    @Test
    void budgetExecutionIs74Point21PercentOfTheInitialBudgetFor7Point42() {
        assertThat(result.budget().rate()).isEqualByComparingTo("74.21");
        assertThat(result.budget().score()).isEqualByComparingTo("7.42");
        assertThat(result.budget().weight()).isEqualByComparingTo("10");
        assertThat(result.budget().adjustedUsed()).isFalse();
    }

    @Test
    void budgetExecutionRowIsMetAndEarnsTwoAgainstTheSelfScoreOneAndAHalf() {
        RowResult row = result.indicators().get(5);
        assertThat(row.level3()).isEqualTo("预算执行率");
        assertThat(row.score()).isEqualByComparingTo("2.00");
        assertThat(row.selfScore()).isEqualByComparingTo("1.5");
        assertThat(row.difference()).isEqualByComparingTo("-0.50");
        assertThat(row.rule()).isEqualTo(RowRule.HIGHER_IS_BETTER_MET);
        assertThat(result.findings()).anyMatch(f -> f.pointer().equals("/indicators/5")
                && f.code() == FindingCode.SELF_SCORE_DIFFERS && Rendered.zh(f.text()).contains("1.5"));
    }

    @Test
    void backwardsLowerIsBetterTargetWithActualZeroEarnsFullWeight() {
        RowResult row = result.indicators().get(6);
        assertThat(row.level3()).isEqualTo("预算调整率");
        assertThat(row.score()).isEqualByComparingTo("1.00");
        assertThat(row.rule()).isEqualTo(RowRule.LOWER_IS_BETTER_MET);
    }

    @Test
    void carryOverRateAbove20EarnsTwentyOver25Point79() {
        RowResult row = result.indicators().get(7);
        assertThat(row.level3()).isEqualTo("结转结余率");
        assertThat(row.score()).isEqualByComparingTo("0.78");
        assertThat(row.rule()).isEqualTo(RowRule.LOWER_IS_BETTER_RATIO);
        assertThat(Rendered.zh(row.explanation())).contains("1 × 20 ÷ 25.79 = 0.78");
        assertThat(result.findings()).anyMatch(f -> f.pointer().equals("/indicators/7")
                && f.code() == FindingCode.SELF_SCORE_DIFFERS);
    }

    @Test
    void outputAndBenefitRowWeightsThatDoNotAddUpAreErrors() {
        assertThat(result.errors()).extracting(Finding::code, Finding::pointer).containsExactlyInAnyOrder(
                tuple(FindingCode.LEVEL1_WEIGHT_SUM_MISMATCH, "/level1/2"),
                tuple(FindingCode.LEVEL1_WEIGHT_SUM_MISMATCH, "/level1/3"));
        assertThat(result.level1()).extracting(Level1Result::name, Level1Result::weightSum)
                .contains(tuple("产出指标", new BigDecimal("46.00")),
                        tuple("效益指标", new BigDecimal("24.00")));
    }

    @Test
    void subtotalsPrintedAtTheCapAreFlagged() {
        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.SELF_LEVEL1_NOT_SUM_OF_ROWS
                && f.pointer().equals("/selfReported/level1Scores/产出指标") && Rendered.en(f.text()).contains("cap"));
        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.SELF_LEVEL1_NOT_SUM_OF_ROWS
                && f.pointer().equals("/selfReported/level1Scores/效益指标"));
    }

    @Test
    void everyRowCarriesItsRuleAndArithmetic() {
        assertThat(result.indicators()).hasSize(30).allSatisfy(row -> {
            assertThat(row.rule()).isNotNull();
            assertThat(Rendered.zh(row.explanation())).isNotBlank();
            assertThat(Rendered.en(row.explanation())).isNotBlank();
        });
    }
}
