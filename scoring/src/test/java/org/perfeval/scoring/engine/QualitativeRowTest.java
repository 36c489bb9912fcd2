package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.scoring.engine.Forms.codes;
import static org.perfeval.scoring.engine.Forms.row;
import static org.perfeval.scoring.engine.Forms.withOutputRow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.result.Severity;

/** Qualitative rows: the three tiers and their inclusive lower bounds. */
class QualitativeRowTest {

    private static ScoreResult score(String actual, String self, Tier tier) {
        return Scorer.withBuiltInSchemes()
                .score(withOutputRow(row("产出指标", "及时", "定性指标", actual, "10", self, tier)));
    }

    @ParameterizedTest(name = "self {0} of 10 in tier {1}: inside {2}")
    @CsvSource({
            "10, ACHIEVED, true", "8, ACHIEVED, true", "7.99, ACHIEVED, false",
            "7.99, PARTIAL, true", "8, PARTIAL, false", "6, PARTIAL, true", "5.99, PARTIAL, false",
            "5.99, NOT_ACHIEVED, true", "0, NOT_ACHIEVED, true", "6, NOT_ACHIEVED, false"})
    void eachTierIncludesItsLowerBoundAndExcludesItsUpper(String self, Tier tier, boolean inside) {
        ScoreResult result = score("基本及时", self, tier);

        assertThat(codes(result).contains(FindingCode.SELF_SCORE_OUTSIDE_TIER)).isEqualTo(!inside);
        if (inside) {
            assertThat(result.indicators().get(1).score()).isEqualByComparingTo(self);
        }
        assertThat(result.indicators().get(1).rule()).isEqualTo(RowRule.QUALITATIVE_TIER);
    }

    @Test
    void exactly80PercentOfTheWeightIsAchievedAnd79Point99IsPartial() {
        ScoreResult at80 = Scorer.withBuiltInSchemes()
                .score(withOutputRow(row("产出指标", "及时", "定性指标", "较及时", "100", "80", Tier.ACHIEVED)));
        ScoreResult below80 = Scorer.withBuiltInSchemes()
                .score(withOutputRow(row("产出指标", "及时", "定性指标", "较及时", "40", "31.996", Tier.PARTIAL)));

        assertThat(codes(at80)).doesNotContain(FindingCode.SELF_SCORE_OUTSIDE_TIER);
        assertThat(codes(below80)).doesNotContain(FindingCode.SELF_SCORE_OUTSIDE_TIER);
    }

    @Test
    void aSelfScoreOutsideItsTierIsAnErrorAndTheScoreIsKeptInsideTheTier() {
        ScoreResult result = score("基本及时", "9", Tier.PARTIAL);

        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.SELF_SCORE_OUTSIDE_TIER
                && f.severity() == Severity.ERROR && f.pointer().equals("/indicators/1/selfScore"));
        assertThat(result.indicators().get(1).score()).isEqualByComparingTo("7.99");
    }

    @Test
    void anActualEqualToTheTargetIsAchievedWithoutATier() {
        ScoreResult result = score(" 及时 ", "10", null);

        assertThat(result.indicators().get(1).arithmetic().tier()).isEqualTo(Tier.ACHIEVED);
        assertThat(result.indicators().get(1).score()).isEqualByComparingTo("10.00");
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void anActualThatDiffersFromTheTargetNeedsATier() {
        ScoreResult result = score("基本及时", "7", null);

        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.TIER_MISSING
                && f.severity() == Severity.WARNING && f.pointer().equals("/indicators/1/tier"));
        assertThat(result.indicators().get(1).rule()).isEqualTo(RowRule.NOT_SCORABLE);
    }

    @Test
    void aLowerTierThanTheActualShowsIsCorrectedToAchieved() {
        ScoreResult result = score("及时", "10", Tier.PARTIAL);

        assertThat(codes(result)).contains(FindingCode.TIER_CONTRADICTS_ACTUAL);
        assertThat(result.indicators().get(1).score()).isEqualByComparingTo("10.00");
    }

    @Test
    void withoutASelfScoreAPartialRowGetsTheBottomOfItsTier() {
        ScoreResult result = score("基本及时", null, Tier.PARTIAL);

        assertThat(result.indicators().get(1).score()).isEqualByComparingTo("6.00");
    }

    @Test
    void aSelfScoreAboveTheWeightIsAnErrorAndTheScoreIsCapped() {
        ScoreResult result = score("及时", "12", null);

        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.SELF_SCORE_ABOVE_WEIGHT
                && f.severity() == Severity.ERROR);
        assertThat(result.indicators().get(1).score()).isEqualByComparingTo("10.00");
    }

    @Test
    void hubeiTiersPutFiftyPercentInThePartialTier() {
        ScoreResult result = Scorer.withBuiltInSchemes().score(withOutputRow(
                row("产出指标", "及时", "定性指标", "基本及时", "10", "5", Tier.PARTIAL)), "hubei-department");

        assertThat(result.indicators().get(1).score()).isEqualByComparingTo("5.00");
        assertThat(codes(result)).doesNotContain(FindingCode.SELF_SCORE_OUTSIDE_TIER);
    }
}
