package org.perfeval.scoring.document.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import org.perfeval.scoring.document.BudgetLine;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.MainTask;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.SelfReported;
import org.perfeval.scoring.document.xlsx.SheetWriter.Style;

/** Writes a 部门整体 form in the Henan layout, the one {@link HenanLayout} reads. */
final class HenanSheet {

    private static final List<String> COLUMNS = List.of("level1", "level2", "level3", "target", "unit", "actual",
            "weight", "selfScore", "deviationReason");

    private HenanSheet() {
    }

    static void write(SheetWriter out, SelfEvaluationDocument d) {
        List<String> columns = IndicatorRows.columns(d, COLUMNS);
        int last = Math.max(8, columns.size() - 1);
        out.widths(14, 16, 20, 12, 12, 14, 12, 12, 24, 10, 14, 8);
        out.merged(0, 0, 0, last, Title.DEPARTMENT_TITLE, Style.TITLE);
        out.height(0, 30);
        out.merged(1, 1, 0, last, "（" + (d.year() == 0 ? "    " : d.year()) + "年度）", Style.SUBTITLE);
        out.merged(2, 2, 0, last, "单位：" + (d.amountUnit() == null ? "万元" : d.amountUnit().symbol()), Style.UNIT);
        SelfReported self = d.selfReported();
        out.merged(3, 4, 0, 0, "部门(单位)名称", Style.HEADING);
        out.merged(3, 4, 1, 4, d.department(), Style.TEXT);
        out.put(3, 5, "自评得分", Style.HEADING);
        out.merged(3, 3, 6, 8, self == null ? null : self.total(), Style.SCORE);
        out.put(4, 5, "自评结果", Style.HEADING);
        out.merged(4, 4, 6, 8, self == null || self.grade() == null ? null : self.grade().symbol(), Style.CENTER);
        out.put(5, 0, "年度履职目标", Style.HEADING);
        out.merged(5, 5, 1, 4, d.annualGoal() == null ? null : d.annualGoal().text(), Style.TEXT);
        out.put(5, 5, "年度履职目标完成情况", Style.HEADING);
        out.merged(5, 5, 6, 8, d.annualGoal() == null ? null : d.annualGoal().completion(), Style.TEXT);
        int row = tasks(out, d.tasks(), 6);
        row = budget(out, d, row);
        row = IndicatorRows.write(out, d, columns, row, 0, false);
        subtotals(out, d, row + 1);
    }

    /** 年度主要任务 from {@code row}: its label merged down, eight headings, a row per task; returns the next row. */
    static int tasks(SheetWriter out, List<MainTask> tasks, int row) {
        out.merged(row, row + tasks.size(), 0, 0, "年度主要任务", Style.HEADING);
        String[] headings = {"任务名称", "主要内容", "预算资金", "其中：财政资金", "任务完成情况", "预算执行数", "其中：财政资金",
            "预算执行率"};
        for (int c = 0; c < headings.length; c++) {
            out.put(row, c + 1, headings[c], Style.HEADING);
        }
        for (int i = 0; i < tasks.size(); i++) {
            MainTask t = tasks.get(i);
            int r = row + 1 + i;
            out.put(r, 1, t.name(), Style.TEXT);
            out.put(r, 2, t.content(), Style.TEXT);
            out.put(r, 3, t.budget(), Style.AMOUNT);
            out.put(r, 4, t.fiscalBudget(), Style.AMOUNT);
            out.put(r, 5, t.completion(), Style.TEXT);
            out.put(r, 6, t.executed(), Style.AMOUNT);
            out.put(r, 7, t.fiscalExecuted(), Style.AMOUNT);
            out.put(r, 8, rate(t.executed(), t.budget()), Style.RATE);
        }
        return row + 1 + tasks.size();
    }

    private static int budget(SheetWriter out, SelfEvaluationDocument d, int row) {
        out.merged(row, row + 5, 0, 0, "预算情况", Style.HEADING);
        out.merged(row, row, 1, 2, null, Style.HEADING);
        String[] headings = {"年初预算数", "调整预算数", "预算执行数", "预算执行率", "分值", "得分"};
        for (int c = 0; c < headings.length; c++) {
            out.put(row, c + 3, headings[c], Style.HEADING);
        }
        BudgetLine total = d.budget() == null ? null : d.budget().total();
        line(out, row + 1, "部门预算总额", total);
        out.put(row + 1, 7, budgetWeight(d), Style.SCORE);
        out.put(row + 1, 8, d.selfReported() == null ? null : d.selfReported().budgetScore(), Style.SCORE);
        line(out, row + 2, "1、资金来源：（1）财政性资金", d.budget() == null ? null : d.budget().fiscal());
        line(out, row + 3, "（2）其他资金", d.budget() == null ? null : d.budget().other());
        line(out, row + 4, "2、资金结构：（1）基本支出", d.budget() == null ? null : d.budget().basic());
        line(out, row + 5, "（2）项目支出", d.budget() == null ? null : d.budget().project());
        return row + 6;
    }

    private static void line(SheetWriter out, int row, String label, BudgetLine line) {
        out.merged(row, row, 1, 2, label, Style.TEXT);
        out.put(row, 3, line == null ? null : line.initial(), Style.AMOUNT);
        out.put(row, 4, line == null ? null : line.adjusted(), Style.AMOUNT);
        out.put(row, 5, line == null ? null : line.executed(), Style.AMOUNT);
        out.put(row, 6, line == null ? null : rate(line.executed(),
                line.adjusted() != null ? line.adjusted() : line.initial()), Style.RATE);
        out.put(row, 7, null, Style.SCORE);
        out.put(row, 8, null, Style.SCORE);
    }

    static BigDecimal budgetWeight(SelfEvaluationDocument d) {
        if (d.level1() == null) {
            return null;
        }
        return d.level1().stream().filter(l -> Blocks.BUDGET_LEVEL1.equals(l.name())).map(Level1Weight::weight)
                .findFirst().orElse(null);
    }

    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }

    /** The 各项指标得分情况表: the department's level-1 subtotals, when it gives them, and its total. */
    static void subtotals(SheetWriter out, SelfEvaluationDocument d, int row) {
        SelfReported self = d.selfReported();
        if (self == null || self.level1Scores().isEmpty()) {
            return;
        }
        out.merged(row, row, 0, 3, "各项指标得分情况表", Style.SUBTITLE);
        String[] headings = {"指标", "权重分值", "得分", "得分率"};
        for (int c = 0; c < headings.length; c++) {
            out.put(row + 1, c, headings[c], Style.HEADING);
        }
        int r = row + 2;
        for (Map.Entry<String, BigDecimal> entry : self.level1Scores().entrySet()) {
            BigDecimal weight = weightOf(d, entry.getKey());
            out.put(r, 0, entry.getKey(), Style.TEXT);
            out.put(r, 1, weight, Style.SCORE);
            out.put(r, 2, entry.getValue(), Style.SCORE);
            out.put(r, 3, rate(entry.getValue(), weight), Style.RATE);
            r++;
        }
        out.put(r, 0, "合计", Style.HEADING);
        out.put(r, 1, null, Style.SCORE);
        out.put(r, 2, self.total(), Style.SCORE);
        out.put(r, 3, null, Style.RATE);
    }

    private static BigDecimal weightOf(SelfEvaluationDocument d, String name) {
        return d.level1() == null ? null : d.level1().stream().filter(l -> name.equals(l.name()))
                .map(Level1Weight::weight).findFirst().orElse(null);
    }
}
