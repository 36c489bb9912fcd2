package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.SelfReported;
import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.result.ScoreResultJson;
import org.perfeval.scoring.text.Rendered;

/** Whatever a form holds, the engine answers with findings and never throws. */
class HostileInputTest {

    private static final List<String> ODD = Arrays.asList(null, "", " ", "　", "≥", "≤≥", "5≤≥", "∞", "NaN", "-0",
            "1e5", "1E+400", "0.", ".5", "٣٤", "＋１", "--5", "≥-5", "≤0", "0", "0%", "%", "万元", "1,", "1,00",
            "99999999999999999999999999999999999.99999", "≥0.0000000000000000001", "\u0000", "\uD800", "🙂95",
            "≥95🙂", "<script>", "≥95%%", "=", "＝＝100", "及时", "定性指标", "x".repeat(5000), "≥" + "9".repeat(400));
    private static final List<BigDecimal> ODD_NUMBERS = Arrays.asList(null, BigDecimal.ZERO, new BigDecimal("-1"),
            new BigDecimal("1E-20"), new BigDecimal("1E+20"), new BigDecimal("0.005"), new BigDecimal("-0.00"));

    static List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (long seed = 1; seed <= 500; seed++) {
            seeds.add(seed);
        }
        return seeds;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomOddValuesBecomeFindingsNotExceptions(long seed) {
        Random random = new Random(seed);
        List<Indicator> rows = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(12); i++) {
            rows.add(new Indicator(pick(random, ODD, "产出指标"), pick(random, ODD, null),
                    pick(random, ODD, null), pick(random, ODD, null), pick(random, ODD, "定性指标"),
                    pick(random, ODD, null), pick(random, ODD_NUMBERS), pick(random, ODD_NUMBERS),
                    random.nextBoolean() ? null : Tier.values()[random.nextInt(3)], pick(random, ODD, null),
                    random.nextInt(6) == 0));
        }
        Budget budget = random.nextInt(8) == 0 ? null : new Budget(pick(random, ODD_NUMBERS),
                pick(random, ODD_NUMBERS), pick(random, ODD_NUMBERS), null, null, null, null);
        List<Level1Weight> level1 = random.nextBoolean() ? null : List.of(
                new Level1Weight(pick(random, ODD, "产出指标"), pick(random, ODD_NUMBERS)));
        SelfReported self = random.nextBoolean() ? null : new SelfReported(pick(random, ODD_NUMBERS),
                Map.of("产出指标", BigDecimal.ONE), pick(random, ODD_NUMBERS), null);
        SelfEvaluationDocument form = new SelfEvaluationDocument(random.nextBoolean() ? null : EvaluationKind.PROJECT,
                pick(random, ODD, null), "单位", null, 2024, AmountUnit.YUAN, null, List.of(), budget, level1, rows,
                self, null);

        assertThatCode(() -> {
            ScoreResult result = Scorer.withBuiltInSchemes().score(form);
            result.findings().forEach(f -> {
                Rendered.zh(f.text());
                Rendered.en(f.text());
            });
            result.indicators().forEach(row -> {
                Rendered.zh(row.explanation());
                Rendered.en(row.explanation());
            });
            ScoreResultJson.write(result, false);
            assertThat(result.indicators()).allSatisfy(row ->
                    assertThat(row.score()).isBetween(BigDecimal.ZERO, row.weight().max(BigDecimal.ZERO)));
        }).doesNotThrowAnyException();
    }

    @Test
    void unreadableTargetsAreFindingsWithThePointerOfTheRow() {
        List<Indicator> rows = new ArrayList<>();
        for (String odd : List.of("∞", "NaN", "≥", "\uD800", "5≤≥")) {
            rows.add(new Indicator("产出指标", "二级", "三级", odd, "%", "5", BigDecimal.ONE, null, null, null, false));
        }
        SelfEvaluationDocument form = new SelfEvaluationDocument(EvaluationKind.DEPARTMENT_OVERALL, null, "单位", null,
                2024, AmountUnit.YUAN, null, List.of(), null, null, rows, null, null);

        ScoreResult result = Scorer.withBuiltInSchemes().score(form);

        for (int i = 0; i < rows.size(); i++) {
            String pointer = "/indicators/" + i + "/target";
            assertThat(result.findings()).anyMatch(f -> f.code() == FindingCode.TARGET_UNREADABLE
                    && f.pointer().equals(pointer));
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String pick(Random random, List<String> values, String sensible) {
        return sensible != null && random.nextBoolean() ? sensible : values.get(random.nextInt(values.size()));
    }
}
