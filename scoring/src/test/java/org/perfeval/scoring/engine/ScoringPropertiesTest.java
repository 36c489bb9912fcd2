package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.ScoreResult;

/**
 * Properties over many generated forms (fixed seeds, so a failure can be replayed): rows stay within their weight,
 * the total within 100 when the weights are valid, and scoring is deterministic and independent of row order.
 */
class ScoringPropertiesTest {

    private static final String[] LEVEL1 = {"投入管理指标", "产出指标", "效益指标"};
    private static final int[] BLOCK_WEIGHTS = {20, 40, 30};
    private static final String[] TARGETS = {"≥%s", "≧%s", ">%s", "=%s", "═%s", "%s", "%s%%", "≤%s", "≦%s", "<%s",
            "%s≤", "%s万元", "不低于%s", "%s以内"};
    private final Scorer scorer = Scorer.withBuiltInSchemes();

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= 300; seed++) {
            seeds.add(seed * 7919);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void noRowLeavesZeroToItsWeightAndAValidFormNeverExceeds100(long seed) {
        ScoreResult result = scorer.score(validForm(new Random(seed)));

        assertThat(result.indicators()).allSatisfy(row -> {
            assertThat(row.score()).isBetween(BigDecimal.ZERO, row.weight());
        });
        assertThat(result.total()).isBetween(BigDecimal.ZERO, new BigDecimal("100.00"));
        assertThat(result.findings()).noneMatch(f -> f.code() == FindingCode.LEVEL1_WEIGHT_SUM_MISMATCH
                || f.code() == FindingCode.LEVEL1_TOTAL_NOT_100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void scoringIsDeterministicAndIndependentOfRowOrder(long seed) {
        Random random = new Random(seed);
        SelfEvaluationDocument form = validForm(random);
        List<Indicator> shuffled = new ArrayList<>(form.indicators());
        Collections.shuffle(shuffled, random);
        SelfEvaluationDocument reordered = withRows(form, shuffled);

        ScoreResult first = scorer.score(form);
        ScoreResult again = scorer.score(form);
        ScoreResult other = scorer.score(reordered);

        assertThat(again).isEqualTo(first);
        assertThat(other.total()).isEqualTo(first.total());
        assertThat(other.grade()).isEqualTo(first.grade());
        assertThat(other.level1()).isEqualTo(first.level1());
        assertThat(other.budget()).isEqualTo(first.budget());
        assertThat(other.findings()).extracting(Finding::code)
                .containsExactlyInAnyOrderElementsOf(first.findings().stream().map(Finding::code).toList());
        for (int i = 0; i < shuffled.size(); i++) {
            int original = form.indicators().indexOf(shuffled.get(i));
            assertThat(other.indicators().get(i).score()).isEqualTo(first.indicators().get(original).score());
        }
    }

    /** A form whose rows' weights add up to each block's weight, with random targets, actuals and self scores. */
    static SelfEvaluationDocument validForm(Random random) {
        List<Indicator> rows = new ArrayList<>();
        for (int block = 0; block < LEVEL1.length; block++) {
            int remaining = BLOCK_WEIGHTS[block];
            while (remaining > 0) {
                int weight = Math.min(remaining, 1 + random.nextInt(8));
                remaining -= weight;
                rows.add(random.nextInt(4) == 0 ? qualitativeRow(random, LEVEL1[block], weight)
                        : quantitativeRow(random, LEVEL1[block], weight));
            }
        }
        BigDecimal initial = BigDecimal.valueOf(1 + random.nextInt(100000), 2);
        BigDecimal executed = BigDecimal.valueOf(random.nextInt(150000), 2);
        return new SelfEvaluationDocument(EvaluationKind.DEPARTMENT_OVERALL, null, "单位", null, 2024,
                AmountUnit.TEN_THOUSAND_YUAN, null, List.of(),
                new Budget(initial, random.nextBoolean() ? null : initial.add(BigDecimal.TEN), executed, null, null,
                        null, null), null, rows, null, null);
    }

    private static Indicator quantitativeRow(Random random, String level1, int weight) {
        String number = BigDecimal.valueOf(random.nextInt(100000), random.nextInt(3)).toPlainString();
        String target = TARGETS[random.nextInt(TARGETS.length)].formatted(number);
        String actual = BigDecimal.valueOf(random.nextInt(200000), random.nextInt(3)).toPlainString();
        BigDecimal self = random.nextBoolean() ? null : BigDecimal.valueOf(random.nextInt(weight * 100 + 1), 2);
        return new Indicator(level1, "二级", "指标" + random.nextInt(1000), target, target.endsWith("万元") ? "万元" : "%",
                actual, BigDecimal.valueOf(weight), self, null, random.nextBoolean() ? "原因" : null,
                random.nextInt(12) == 0);
    }

    private static Indicator qualitativeRow(Random random, String level1, int weight) {
        Tier tier = Tier.values()[random.nextInt(Tier.values().length)];
        BigDecimal self = BigDecimal.valueOf(random.nextInt(weight * 100 + 1), 2);
        boolean equal = random.nextBoolean();
        return new Indicator(level1, "二级", "定性" + random.nextInt(1000), "及时", "定性指标", equal ? "及时" : "较及时",
                BigDecimal.valueOf(weight), self, equal ? null : tier, null, false);
    }

    private static SelfEvaluationDocument withRows(SelfEvaluationDocument d, List<Indicator> rows) {
        return new SelfEvaluationDocument(d.kind(), d.scheme(), d.department(), d.project(), d.year(), d.amountUnit(),
                d.annualGoal(), d.tasks(), d.budget(), d.level1(), rows, d.selfReported(), d.report());
    }
}
