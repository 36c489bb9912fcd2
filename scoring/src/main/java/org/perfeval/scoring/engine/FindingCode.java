package org.perfeval.scoring.engine;

import static org.perfeval.scoring.engine.Severity.ERROR;
import static org.perfeval.scoring.engine.Severity.INFO;
import static org.perfeval.scoring.engine.Severity.WARNING;

/** Every discrepancy the scorer points out, with a stable code, its severity and its message templates. */
public enum FindingCode {
    SCHEME_UNKNOWN(ERROR, "未知的评分方案 %s，已改用 %s", "unknown scoring scheme %s; %s was used instead"),
    SCHEME_KIND_MISMATCH(WARNING, "评分方案 %s 适用于 %s，本表为 %s", "scheme %s is meant for %s, this form is %s"),

    BUDGET_MISSING(ERROR, "缺少预算情况，预算执行率计 0 分", "the budget is missing; budget execution scores 0"),
    BUDGET_AMOUNT_MISSING(ERROR, "缺少%s", "%s is missing"),
    BUDGET_AMOUNT_NEGATIVE(ERROR, "%s不能为负数（%s）", "%s must not be negative (%s)"),
    BUDGET_DENOMINATOR_ZERO(ERROR, "%s为 0，无法计算预算执行率", "%s is 0: the execution rate cannot be computed"),
    BUDGET_OVER_EXECUTED(INFO, "预算执行率 %s%% 超过 100%%，按满分 %s 计，不额外加分",
            "execution rate %s%% is above 100%%: it earns the weight %s, no more"),
    BUDGET_RATE_NEEDS_EXPLANATION(WARNING, "预算执行率 %s%% 低于 %s%%，须在报告中说明原因",
            "execution rate %s%% is below %s%%: the report must explain why"),
    BUDGET_BREAKDOWN_MISMATCH(WARNING, "%s合计 %s，与预算总额 %s 不一致（%s）",
            "%s add up to %s, the budget total says %s (%s)"),
    TASKS_BUDGET_MISMATCH(INFO, "年度主要任务的%s合计 %s，与预算情况的 %s 不一致",
            "the main tasks' %s add up to %s, the budget says %s"),

    LEVEL1_UNKNOWN(ERROR, "一级指标“%s”不属于评分方案 %s", "一级指标 \"%s\" is not part of scheme %s"),
    LEVEL1_DUPLICATE(ERROR, "一级指标“%s”重复出现", "一级指标 \"%s\" appears twice"),
    LEVEL1_FIXED_WEIGHT_CHANGED(ERROR, "一级指标“%s”的分值固定为 %s，不能改为 %s",
            "the weight of \"%s\" is fixed at %s and may not be changed to %s"),
    LEVEL1_TOTAL_NOT_100(ERROR, "一级指标分值合计 %s，应为 %s", "the 一级指标 weights add up to %s, not %s"),
    LEVEL1_WEIGHT_SUM_MISMATCH(ERROR, "“%s”下三级指标分值合计 %s，与其分值 %s 不符，不能按此提交",
            "the rows under \"%s\" weigh %s in all against its weight %s: it cannot be submitted as is"),

    INDICATOR_LEVEL1_UNKNOWN(ERROR, "第 %s 行的一级指标“%s”不在评分方案中，该行未计入总分",
            "row %s: 一级指标 \"%s\" is not in the scheme; the row is not counted"),
    INDICATOR_IN_BUDGET_BLOCK(ERROR, "第 %s 行挂在“%s”下，但该项按预算执行情况计分，不设三级指标",
            "row %s is placed under \"%s\", which is scored from the budget and has no rows"),
    WEIGHT_MISSING(ERROR, "第 %s 行缺少分值", "row %s has no weight"),
    WEIGHT_NEGATIVE(ERROR, "第 %s 行分值 %s 为负数", "row %s has a negative weight %s"),
    TARGET_MISSING(ERROR, "第 %s 行缺少指标值", "row %s has no target"),
    TARGET_UNREADABLE(ERROR, "第 %s 行的指标值“%s”无法识别为数值；定性指标请将度量单位填为“定性指标”",
            "row %s: the target \"%s\" cannot be read as a number; mark a qualitative row with the unit 定性指标"),
    ACTUAL_MISSING(ERROR, "第 %s 行给了得分 %s，却没有实际完成值", "row %s gives a score of %s but no actual value"),
    ACTUAL_NOT_GIVEN(WARNING, "第 %s 行尚未填写实际完成值，计 0 分", "row %s has no actual value yet and scores 0"),
    ACTUAL_UNREADABLE(ERROR, "第 %s 行的实际完成值“%s”无法识别为数值", "row %s: the actual value \"%s\" cannot be read as a number"),
    ACTUAL_IS_INEQUALITY(WARNING, "第 %s 行的实际完成值“%s”写成了不等式，应填写实际数值；暂按 %s 计",
            "row %s: the actual value \"%s\" is written as an inequality; give the number achieved (%s is used)"),
    UNIT_MISMATCH(WARNING, "第 %s 行的单位不一致：%s", "row %s: the units do not match: %s"),
    TARGET_POSSIBLY_TOO_LOW(INFO, "第 %s 行实际完成值 %s 超出指标值 %s 达 %s%%，指标值可能设置偏低（偏离度）",
            "row %s: the actual %s exceeds the target %s by %s%%; the target may have been set too low"),
    TIER_MISSING(ERROR, "第 %s 行为定性指标，实际完成情况“%s”与指标值“%s”不一致，须选择档次",
            "row %s is qualitative and its actual \"%s\" differs from the target \"%s\": a tier must be given"),
    TIER_CONTRADICTS_ACTUAL(WARNING, "第 %s 行实际完成情况与指标值一致，应为“达成预期指标”，而非“%s”",
            "row %s: the actual equals the target, which is 达成 (achieved), not %s"),
    SELF_SCORE_NEGATIVE(ERROR, "第 %s 行自评得分 %s 为负数", "row %s: the self score %s is negative"),
    SELF_SCORE_ABOVE_WEIGHT(ERROR, "第 %s 行自评得分 %s 超过其分值 %s", "row %s: the self score %s is above its weight %s"),
    SELF_SCORE_OUTSIDE_TIER(ERROR, "第 %s 行自评得分 %s 不在“%s”档的分值区间 %s 内",
            "row %s: the self score %s lies outside the %s tier, %s"),
    SELF_SCORE_DIFFERS(WARNING, "第 %s 行“%s”自评 %s 分，按规则应得 %s 分（%s）",
            "row %s \"%s\": self score %s, the rules give %s (%s)"),
    DEVIATION_REASON_MISSING(WARNING, "第 %s 行未完成指标值，须填写未完成原因分析",
            "row %s misses its target: the reason (未完成原因分析) must be given"),
    NOT_APPLICABLE_REBASED(INFO, "%s 行不适用（分值 %s），总分按 %s 折算为百分制",
            "%s rows are not applicable (weight %s); the total is re-based from %s to 100"),

    SELF_BUDGET_SCORE_DIFFERS(WARNING, "自评预算执行率得分 %s，按规则应为 %s", "self-reported budget score %s, the rules give %s"),
    SELF_LEVEL1_UNKNOWN(WARNING, "自评结果中的一级指标“%s”不在评分方案中", "self-reported 一级指标 \"%s\" is not in the scheme"),
    SELF_LEVEL1_SCORE_DIFFERS(WARNING, "“%s”自评小计 %s，按规则应为 %s", "\"%s\": self-reported subtotal %s, the rules give %s"),
    SELF_LEVEL1_NOT_SUM_OF_ROWS(WARNING, "“%s”自评小计 %s，但其各行自评得分合计为 %s%s",
            "\"%s\": self-reported subtotal %s, but its rows' self scores add up to %s%s"),
    SELF_TOTAL_DIFFERS(WARNING, "自评得分 %s 与各行计算结果不符：按规则应为 %s", "the self-reported total %s does not follow from the rows: they give %s"),
    SELF_TOTAL_NOT_SUM_OF_PARTS(WARNING, "自评得分 %s 不等于自评的预算执行率得分与各一级指标小计之和 %s",
            "the self-reported total %s is not the sum of its own budget score and subtotals, %s"),
    SELF_GRADE_DIFFERS(WARNING, "自评结果“%s”与计算得分 %s 对应的等级“%s”不符",
            "the self-reported grade %s does not match the computed total %s, which is %s");

    private final Severity severity;
    private final String zh;
    private final String en;

    FindingCode(Severity severity, String zh, String en) {
        this.severity = severity;
        this.zh = zh;
        this.en = en;
    }

    public Severity severity() {
        return severity;
    }

    String zhTemplate() {
        return zh;
    }

    String enTemplate() {
        return en;
    }
}
