package org.perfeval.scoring.document.xlsx;

import java.math.BigDecimal;
import java.util.List;

import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.BudgetLine;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.SelfReported;
import org.perfeval.scoring.document.xlsx.SheetWriter.Style;

/** Writes a 项目支出 form in the national layout of 财预〔2020〕10号, the one {@link NationalLayout} reads. */
final class NationalSheet {

    private static final List<String> COLUMNS = List.of("level1", "level2", "level3", "target", "actual", "weight",
            "selfScore", "deviationReason");

    private NationalSheet() {
    }

    static void write(SheetWriter out, SelfEvaluationDocument d) {
        List<String> columns = IndicatorRows.columns(d, COLUMNS);
        int last = Math.max(8, columns.size());
        out.widths(14, 14, 14, 22, 14, 14, 10, 10, 26, 10, 10, 14, 8);
        out.merged(0, 0, 0, last, Title.PROJECT_TITLE, Style.TITLE);
        out.height(0, 30);
        out.merged(1, 1, 0, last, "（" + (d.year() == 0 ? "    " : d.year()) + "年度）", Style.SUBTITLE);
        out.put(2, 0, "项目名称", Style.HEADING);
        out.merged(2, 2, 1, 8, d.project(), Style.TEXT);
        out.put(3, 0, "主管部门", Style.HEADING);
        out.merged(3, 3, 1, 3, d.department(), Style.TEXT);
        out.put(3, 4, "实施单位", Style.HEADING);
        out.merged(3, 3, 5, 8, d.department(), Style.TEXT);
        String unit = d.amountUnit() == null ? "万元" : d.amountUnit().symbol();
        out.merged(4, 4, 1, 2, null, Style.HEADING);
        String[] headings = {"年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"};
        for (int c = 0; c < headings.length; c++) {
            out.put(4, c + 3, headings[c], Style.HEADING);
        }
        Budget budget = d.budget();
        SelfReported self = d.selfReported();
        line(out, 5, "年度资金总额", budget == null ? null : budget.total());
        out.put(5, 6, HenanSheet.budgetWeight(d), Style.SCORE);
        out.put(5, 8, self == null ? null : self.budgetScore(), Style.SCORE);
        line(out, 6, "其中：当年财政拨款", budget == null ? null : budget.fiscal());
        line(out, 7, "上年结转资金", null);
        line(out, 8, "其他资金", budget == null ? null : budget.other());
        int g = 9;
        // the national form has no lines by structure; a form that gives them keeps them below its own lines
        if (budget != null && (budget.basic() != null || budget.project() != null)) {
            line(out, g++, "基本支出", budget.basic());
            line(out, g++, "项目支出", budget.project());
        }
        out.merged(4, g - 1, 0, 0, "项目资金（" + unit + "）", Style.HEADING);
        out.merged(g, g + 1, 0, 0, "年度总体目标", Style.HEADING);
        out.merged(g, g, 1, 4, "预期目标", Style.HEADING);
        out.merged(g, g, 5, 8, "实际完成情况", Style.HEADING);
        out.merged(g + 1, g + 1, 1, 4, d.annualGoal() == null ? null : d.annualGoal().text(), Style.TEXT);
        out.merged(g + 1, g + 1, 5, 8, d.annualGoal() == null ? null : d.annualGoal().completion(), Style.TEXT);
        out.height(g + 1, 60);
        int header = d.tasks().isEmpty() ? g + 2 : HenanSheet.tasks(out, d.tasks(), g + 2);
        int end = IndicatorRows.write(out, d, columns, header, 1, true);
        out.merged(header, Math.max(header, end - 1), 0, 0, "绩效指标", Style.HEADING);
        out.merged(end, end, 0, 5, "总分", Style.HEADING);
        BigDecimal weight = HenanSheet.budgetWeight(d);
        BigDecimal total = IndicatorRows.weightTotal(d).add(weight == null ? BigDecimal.ZERO : weight);
        out.put(end, 6, total, Style.SCORE);
        out.put(end, 7, self == null ? null : self.total(), Style.SCORE);
        out.put(end, 8, null, Style.TEXT);
        if (self != null && self.grade() != null) {
            out.merged(end + 1, end + 1, 0, 5, "自评等级", Style.HEADING);
            out.merged(end + 1, end + 1, 6, 8, self.grade().symbol(), Style.CENTER);
        }
        HenanSheet.subtotals(out, d, end + 3);
    }

    private static void line(SheetWriter out, int row, String label, BudgetLine line) {
        out.merged(row, row, 1, 2, label, Style.TEXT);
        out.put(row, 3, line == null ? null : line.initial(), Style.AMOUNT);
        out.put(row, 4, line == null ? null : line.adjusted(), Style.AMOUNT);
        out.put(row, 5, line == null ? null : line.executed(), Style.AMOUNT);
        out.put(row, 6, row == 5 ? null : "—", Style.CENTER);
        out.put(row, 7, line == null ? null : HenanSheet.rate(line.executed(),
                line.adjusted() != null ? line.adjusted() : line.initial()), Style.RATE);
        out.put(row, 8, row == 5 ? null : "—", Style.CENTER);
    }
}
