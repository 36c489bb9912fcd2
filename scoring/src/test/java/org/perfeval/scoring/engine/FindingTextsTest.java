package org.perfeval.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.perfeval.scoring.result.Finding;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.RowRule;
import org.perfeval.scoring.result.ScoreResult;
import org.perfeval.scoring.result.UnscorableReason;
import org.perfeval.scoring.text.Rendered;
import org.perfeval.scoring.text.Text;

/**
 * Findings read as people speak of the form: in Chinese without codes, enum names or JSON pointers, in English
 * without Chinese beyond what the form itself says, and each placed by row number and name rather than pointer.
 */
class FindingTextsTest {

    private static final Map<String, ScoreResult> VARIANTS = SeedVariants.all();
    private static final Pattern CODE_LIKE = Pattern.compile("[A-Z_]{4,}");
    private static final Pattern POINTER_LIKE = Pattern.compile("/[a-zA-Z]");
    private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”]");

    private static List<Finding> findings() {
        return VARIANTS.values().stream().flatMap(r -> r.findings().stream()).toList();
    }

    private static Finding seedFinding(FindingCode code, String pointer) {
        return VARIANTS.get("seed").findings().stream()
                .filter(f -> f.code() == code && f.pointer().equals(pointer)).findFirst().orElseThrow();
    }

    /** The rendered English with the form's own words (the strings among the text's values) taken out. */
    private static String englishWithoutFormContent(Text text) {
        String english = Rendered.en(text);
        List<String> content = new ArrayList<>(Rendered.strings(text));
        content.sort(Comparator.comparingInt(String::length).reversed());
        for (String written : content) {
            english = english.replace(written, "");
        }
        return english;
    }

    @Test
    void theSeedAndItsVariantsProvokeEveryFinding() {
        Set<FindingCode> provoked = EnumSet.noneOf(FindingCode.class);
        findings().forEach(f -> provoked.add(f.code()));

        assertThat(provoked).containsExactlyInAnyOrder(FindingCode.values());
    }

    @Test
    void noFindingInChineseShowsACodeAnEnumNameOrAPointer() {
        for (Finding finding : findings()) {
            String chinese = Rendered.zh(finding.text());
            assertThat(chinese).as(finding.code().name()).doesNotContainPattern(CODE_LIKE)
                    .doesNotContainPattern(POINTER_LIKE).doesNotContain("/indicators/").doesNotContain("{");
            assertThat(Rendered.zh(finding.place())).doesNotContainPattern(CODE_LIKE)
                    .doesNotContainPattern(POINTER_LIKE);
        }
    }

    @Test
    void noFindingInEnglishShowsChineseBeyondWhatTheFormSays() {
        for (Finding finding : findings()) {
            assertThat(englishWithoutFormContent(finding.text())).as(finding.code().name())
                    .doesNotContainPattern(CHINESE).doesNotContainPattern(CODE_LIKE).doesNotContain("{");
        }
    }

    @Test
    void noRowExplanationShowsARuleOrReasonCode() {
        for (ScoreResult result : VARIANTS.values()) {
            for (RowResult row : result.indicators()) {
                assertThat(Rendered.zh(row.explanation())).as(row.rule().name()).isNotBlank()
                        .doesNotContainPattern(CODE_LIKE);
                assertThat(englishWithoutFormContent(row.explanation())).isNotBlank()
                        .doesNotContainPattern(CHINESE).doesNotContainPattern(CODE_LIKE);
            }
        }
    }

    @Test
    void aRowThatCannotBeScoredSaysWhyInWords() {
        RowResult row = VARIANTS.get("unreadable actual").indicators().get(4);

        assertThat(row.rule()).isEqualTo(RowRule.NOT_SCORABLE);
        assertThat(Rendered.zh(row.explanation())).isEqualTo("按规则无法认定（实际完成值无法识别），暂按自评得分 1.00 计，待认定");
        assertThat(Rendered.en(row.explanation())).isEqualTo("not decided by the rules (the actual value cannot be read "
                + "as a number): the department's score 1.00 kept, unverified");
        assertThat(VARIANTS.get("no actual yet").indicators().get(4).arithmetic().reason())
                .isEqualTo(UnscorableReason.ACTUAL_MISSING);
    }

    @Test
    void theSeedsFindingAtRow8NamesTheRowByNumberAndName() {
        Finding finding = seedFinding(FindingCode.SELF_SCORE_DIFFERS, "/indicators/7");

        assertThat(Rendered.zh(finding.place())).isEqualTo("第 8 行 结转结余率");
        assertThat(Rendered.en(finding.place())).isEqualTo("row 8 (结转结余率)");
        assertThat(Rendered.zh(finding.text())).isEqualTo(
                "第 8 行 结转结余率：自评 0 分，按规则应得 0.78 分（实际 25.79 超过上限 20：1 × 20 ÷ 25.79 = 0.78）");
        assertThat(Rendered.en(finding.text())).isEqualTo("row 8 (结转结余率): self score 0, the rules give 0.78 "
                + "(actual 25.79 exceeds the limit 20: 1 × 20 / 25.79 = 0.78)");
        assertThat(Rendered.zh(seedFinding(FindingCode.DEVIATION_REASON_MISSING, "/indicators/7/deviationReason")
                .text())).isEqualTo("第 8 行 结转结余率：未完成指标值，须填写未完成原因分析");
    }

    @Test
    void subtotalsAndBlocksAreNamedAsTheFormNamesThem() {
        Finding subtotal = seedFinding(FindingCode.SELF_LEVEL1_NOT_SUM_OF_ROWS, "/selfReported/level1Scores/产出指标");
        Finding block = seedFinding(FindingCode.LEVEL1_WEIGHT_SUM_MISMATCH, "/level1/2");

        assertThat(Rendered.zh(subtotal.place())).isEqualTo("自评结果中“产出指标”小计");
        assertThat(Rendered.en(subtotal.place())).isEqualTo("the self-reported subtotal of 产出指标");
        assertThat(Rendered.zh(subtotal.text())).isEqualTo("自评结果中“产出指标”小计 40，但其各行自评得分合计为 46，按分值上限填写");
        assertThat(VARIANTS.get("seed").findings()).noneMatch(f -> f.code() == FindingCode.SELF_LEVEL1_SCORE_DIFFERS
                && f.pointer().equals("/selfReported/level1Scores/产出指标"));
        assertThat(Rendered.zh(block.place())).isEqualTo("一级指标“产出指标”");
        assertThat(Rendered.en(block.place())).isEqualTo("level-1 indicator 产出指标");
        assertThat(Rendered.zh(block.text()))
                .isEqualTo("一级指标“产出指标”下三级指标分值合计 46.00，与其分值 40 不符，不能按此提交");
        assertThat(Rendered.zh(seedFinding(FindingCode.SELF_TOTAL_DIFFERS, "/selfReported/total").text()))
                .isEqualTo("自评得分 95.92 与各行计算结果不符：按规则应为 97.20");
    }

    @Test
    void budgetAmountsAreNamedByTheirLinesOnTheForm() {
        Finding negative = VARIANTS.get("negative executed").findings().stream()
                .filter(f -> f.code() == FindingCode.BUDGET_AMOUNT_NEGATIVE).findFirst().orElseThrow();

        assertThat(negative.pointer()).isEqualTo("/budget/executed");
        assertThat(Rendered.zh(negative.text())).isEqualTo("预算执行数不能为负数（-1）");
        assertThat(Rendered.en(negative.text())).isEqualTo("the executed amount must not be negative (-1)");
    }

    @Test
    void anApostropheInAnEnglishFindingShowsOnce() {
        Finding finding = seedFinding(FindingCode.SELF_LEVEL1_NOT_SUM_OF_ROWS, "/selfReported/level1Scores/产出指标");

        assertThat(Rendered.en(finding.text())).isEqualTo("the self-reported subtotal of 产出指标 is 40, but its "
                + "rows' self scores add up to 46, printed at the cap");
        assertThat(Rendered.zh(finding.text())).isEqualTo("自评结果中“产出指标”小计 40，但其各行自评得分合计为 46，按分值上限填写");
    }

    @Test
    void gradesAndTiersInFindingsAreTheirLabels() {
        Finding grade = VARIANTS.get("self grade 良").findings().stream()
                .filter(f -> f.code() == FindingCode.SELF_GRADE_DIFFERS).findFirst().orElseThrow();
        Finding tier = VARIANTS.get("tier contradicts").findings().stream()
                .filter(f -> f.code() == FindingCode.TIER_CONTRADICTS_ACTUAL).findFirst().orElseThrow();

        assertThat(Rendered.zh(grade.text())).isEqualTo("自评结果“良”与计算得分 97.20 对应的等级“优”不符");
        assertThat(Rendered.en(grade.text()))
                .isEqualTo("the self-reported grade Good does not match the computed total 97.20, which is Excellent");
        assertThat(Rendered.zh(tier.text())).isEqualTo(
                "第 1 行 年度履职目标相关性：实际完成情况与指标值一致，应为“达成预期指标”，而非“部分达成预期指标并具有一定效果”");
    }
}
