package org.perfeval.core.print;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.RowResult;
import org.perfeval.scoring.result.ScoreResult;

/**
 * The parts of a form that every printout shows alike: the goal, the indicator table with its 一级 and 二级 cells
 * merged down as on the paper form, and the written report.
 */
public final class FormTables {

    private FormTables() {
    }

    /** 年度履职目标 and its 完成情况, when the form has them. */
    public static void goal(Xhtml html, Words words, SelfEvaluationDocument document) {
        if (document.annualGoal() == null) {
            return;
        }
        html.open("table", null).open("tbody", null);
        html.open("tr", null).element("td", "label", words.get("print.goal"), "style", "width: 16%")
                .element("td", null, document.annualGoal().text()).close("tr");
        html.open("tr", null).element("td", "label", words.get("print.goalCompletion"))
                .element("td", null, document.annualGoal().completion()).close("tr");
        html.close("tbody").close("table");
    }

    /**
     * Every indicator row: 一级, 二级 and 三级 (equal neighbours merged), target, actual, weight, the department's own
     * score and, with a score, the computed one (a row where they differ is shaded), then the deviation reason.
     * Ends with the weights and scores added up.
     */
    public static void indicators(Xhtml html, Words words, SelfEvaluationDocument document, ScoreResult score) {
        boolean computed = score != null;
        html.open("table", "indicators").open("thead", null).open("tr", null)
                .th("#").th(words.get("print.level1")).th(words.get("print.level2")).th(words.get("print.level3"))
                .th(words.get("print.target")).th(words.get("print.actual")).th(words.get("print.weight"))
                .th(words.get("print.selfScore"));
        if (computed) {
            html.th(words.get("print.computedScore"));
        }
        html.th(words.get("print.deviationReason")).close("tr").close("thead").open("tbody", null);
        List<Indicator> rows = document.indicators();
        for (int i = 0; i < rows.size(); i++) {
            indicatorRow(html, words, rows, i, computed ? score.indicators().get(i) : null);
        }
        html.open("tr", "total").element("td", null, words.get("print.sum"), "colspan", "6")
                .number(sum(rows.stream().map(Indicator::weight).toList()))
                .number(sum(rows.stream().map(Indicator::selfScore).toList()));
        if (computed) {
            html.number(sum(score.indicators().stream().map(RowResult::score).toList()));
        }
        html.element("td", null, "").close("tr").close("tbody").close("table");
    }

    private static void indicatorRow(Xhtml html, Words words, List<Indicator> rows, int i, RowResult result) {
        Indicator row = rows.get(i);
        html.open("tr", null).element("td", "center", String.valueOf(i + 1));
        if (i == 0 || !Objects.equals(rows.get(i - 1).level1(), row.level1())) {
            html.element("td", "merged", row.level1(), "rowspan", String.valueOf(run(rows, i, false)));
        }
        if (i == 0 || !sameLevel2(rows.get(i - 1), row)) {
            html.element("td", "merged", row.level2(), "rowspan", String.valueOf(run(rows, i, true)));
        }
        html.td(row.level3()).td(withUnit(row.target(), row.unit()))
                .td(row.notApplicable() ? words.get("print.notApplicable") : withUnit(row.actual(), row.unit()))
                .number(row.weight()).number(row.selfScore());
        if (result != null) {
            boolean differs = result.difference() != null && result.difference().signum() != 0;
            html.element("td", differs ? "number differs" : "number",
                    result.score() == null ? null : result.score().toPlainString());
        }
        html.td(row.deviationReason()).close("tr");
    }

    /** How many rows from {@code start} share its 一级 (and, with {@code level2}, its 二级 as well). */
    private static int run(List<Indicator> rows, int start, boolean level2) {
        int end = start + 1;
        while (end < rows.size() && (level2 ? sameLevel2(rows.get(start), rows.get(end))
                : Objects.equals(rows.get(start).level1(), rows.get(end).level1()))) {
            end++;
        }
        return end - start;
    }

    private static boolean sameLevel2(Indicator a, Indicator b) {
        return Objects.equals(a.level1(), b.level1()) && Objects.equals(a.level2(), b.level2());
    }

    /** A target or actual with its unit, unless the text already ends with it or the row is qualitative. */
    private static String withUnit(String value, String unit) {
        if (value == null || value.isBlank() || unit == null || unit.isBlank()
                || Indicator.QUALITATIVE_UNIT.equals(unit) || value.strip().endsWith(unit.strip())) {
            return value;
        }
        return value + unit;
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal sum = null;
        for (BigDecimal value : values) {
            if (value != null) {
                sum = sum == null ? value : sum.add(value);
            }
        }
        return sum;
    }

    /** The written report, section by section; sections left empty are left out. */
    public static void report(Xhtml html, Words words, SelfEvaluationDocument document) {
        boolean any = document.report().values().stream().anyMatch(text -> text != null && !text.isBlank());
        if (!any) {
            return;
        }
        html.element("h2", null, words.get("print.report"));
        for (ReportSection section : ReportSection.inOrder()) {
            String text = document.report().get(section);
            if (text != null && !text.isBlank()) {
                html.element("h2", "section", words.label(section)).element("p", "prose", text.strip());
            }
        }
    }
}
