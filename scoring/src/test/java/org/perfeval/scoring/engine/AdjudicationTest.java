package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.scoring.engine.SeedVariants.with;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.Samples;
import org.perfeval.scoring.result.Adjudication;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.scheme.ScoringScheme;

/** A row the rules cannot decide: kept as the department scored it until the finance reviewer decides it. */
class AdjudicationTest {

    private final Scorer scorer = Scorer.withBuiltInSchemes();
    private final ScoringScheme henan = scorer.schemes().find("henan-department-overall").orElseThrow();

    /** The seed with row 20 (办公用品采购数量, 6 of 6) lost in a scan. */
    private SelfEvaluationDocument garbled() {
        SelfEvaluationDocument seed = Samples.jinshui2021();
        List<Indicator> rows = new ArrayList<>(seed.indicators());
        rows.set(19, with(rows.get(19), "target", "(OCR-garbled)"));
        return with(seed, "indicators", rows);
    }

    @Test
    void anUndecidableRowKeepsTheDepartmentsScoreAndTheTotalIsProvisional() {
        ScoreResult result = scorer.score(garbled());

        assertThat(result.indicators().get(19).unverified()).isTrue();
        assertThat(result.indicators().get(19).score()).isEqualByComparingTo("6.00");
        assertThat(result.total()).isEqualByComparingTo("97.20");
        assertThat(result.provisional()).isTrue();
        assertThat(result.unverifiedCount()).isEqualTo(1);
    }

    @Test
    void theReviewersDecisionReplacesTheKeptScoreAndMakesTheTotalFinal() {
        ScoreResult result = scorer.score(garbled(), henan,
                List.of(new Adjudication(19, new BigDecimal("4.5"), "佐证材料显示采购 120 件")));

        assertThat(result.indicators().get(19).rule()).isEqualTo(RowRule.ADJUDICATED);
        assertThat(result.indicators().get(19).score()).isEqualByComparingTo("4.50");
        assertThat(result.total()).isEqualByComparingTo("95.70");
        assertThat(result.provisional()).isFalse();
        assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.ROW_ADJUDICATED
                && f.pointer().equals("/indicators/19"));
    }

    @Test
    void aDecisionIsHeldWithinTheWeightAndIgnoredOnARowTheRulesDecide() {
        ScoreResult result = scorer.score(garbled(), henan, List.of(new Adjudication(19, new BigDecimal("9"), "超"),
                new Adjudication(7, new BigDecimal("1"), "结转结余率按 1 分")));

        assertThat(result.indicators().get(19).score()).isEqualByComparingTo("6.00");
        assertThat(result.indicators().get(7).rule()).isEqualTo(RowRule.LOWER_IS_BETTER_RATIO);
        assertThat(result.indicators().get(7).score()).isEqualByComparingTo("0.78");
    }

    @Test
    void decisionsApplyWithTheSchemeTheFormNames() {
        ScoreResult result = scorer.score(garbled(),
                List.of(new Adjudication(19, new BigDecimal("4.5"), "佐证材料显示采购 120 件")));

        assertThat(result.schemeId()).isEqualTo("henan-department-overall");
        assertThat(result.total()).isEqualByComparingTo("95.70");
        assertThat(result.provisional()).isFalse();
    }
}
