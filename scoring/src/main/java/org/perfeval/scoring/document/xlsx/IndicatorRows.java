package org.perfeval.scoring.document.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.xlsx.SheetWriter.Style;
import org.perfeval.scoring.text.Texts;

/**
 * Writes the indicator table of either layout: the heading row, then the rows with each level-1 block and each
 * level-2 group merged down, a level-1 cell carrying its weight ("产出指标(40分)") when the form gives one, and the
 * optional columns (度量单位 on the national form, 指标性质, 档次, 不适用) only when a row fills them.
 */
final class IndicatorRows {

    private static final Texts TEXTS = Texts.scoring();

    private IndicatorRows() {
    }

    /** The field of each column, from {@code firstCol}: level1, level2, level3, then the layout's own order. */
    static List<String> columns(SelfEvaluationDocument d, List<String> fixed) {
        List<String> columns = new ArrayList<>(fixed);
        if (!columns.contains("unit") && d.indicators().stream().anyMatch(i -> i.unit() != null && !i.unit().isEmpty())) {
            columns.add("unit");
        }
        if (d.indicators().stream().anyMatch(i -> i.direction() != null)) {
            columns.add("direction");
        }
        if (d.indicators().stream().anyMatch(i -> i.tier() != null)) {
            columns.add("tier");
        }
        if (d.indicators().stream().anyMatch(Indicator::notApplicable)) {
            columns.add("notApplicable");
        }
        return columns;
    }

    static String heading(String field, boolean national) {
        return switch (field) {
            case "level1" -> "一级指标";
            case "level2" -> "二级指标";
            case "level3" -> "三级指标";
            case "target" -> national ? "年度指标值" : "指标值";
            case "unit" -> "度量单位";
            case "actual" -> "实际完成值";
            case "weight" -> "分值";
            case "selfScore" -> "得分";
            case "deviationReason" -> national ? "偏差原因分析及改进措施" : "未完成原因分析";
            case "direction" -> "指标性质";
            case "tier" -> "档次";
            default -> "不适用";
        };
    }

    /** Writes the heading at {@code row} and the rows under it; returns the row after the last. */
    static int write(SheetWriter out, SelfEvaluationDocument d, List<String> columns, int row, int firstCol,
                     boolean national) {
        for (int c = 0; c < columns.size(); c++) {
            out.put(row, firstCol + c, heading(columns.get(c), national), Style.HEADING);
        }
        List<Indicator> rows = d.indicators();
        int r = row + 1;
        for (int i = 0; i < rows.size(); i++) {
            Indicator indicator = rows.get(i);
            for (int c = 0; c < columns.size(); c++) {
                String field = columns.get(c);
                if (!field.equals("level1") && !field.equals("level2")) {
                    out.put(r + i, firstCol + c, value(indicator, field), style(field));
                }
            }
        }
        int level1Col = firstCol + columns.indexOf("level1");
        int level2Col = firstCol + columns.indexOf("level2");
        for (int start = 0; start < rows.size(); ) {
            int end = start;
            while (end + 1 < rows.size() && Objects.equals(rows.get(end + 1).level1(), rows.get(start).level1())) {
                end++;
            }
            out.merged(r + start, r + end, level1Col, level1Col, level1Label(d, rows.get(start).level1()),
                    Style.CENTER);
            for (int s2 = start; s2 <= end; ) {
                int e2 = s2;
                while (e2 + 1 <= end && Objects.equals(rows.get(e2 + 1).level2(), rows.get(s2).level2())) {
                    e2++;
                }
                out.merged(r + s2, r + e2, level2Col, level2Col, rows.get(s2).level2(), Style.CENTER);
                s2 = e2 + 1;
            }
            start = end + 1;
        }
        return r + rows.size();
    }

    /** "产出指标(40分)" when the document gives the level-1 weight, the name alone otherwise. */
    static String level1Label(SelfEvaluationDocument d, String name) {
        if (d.level1() != null && name != null) {
            for (Level1Weight weight : d.level1()) {
                if (name.equals(weight.name()) && weight.weight() != null) {
                    return name + "(" + weight.weight().stripTrailingZeros().toPlainString() + "分)";
                }
            }
        }
        return name;
    }

    private static Object value(Indicator i, String field) {
        return switch (field) {
            case "level3" -> i.level3();
            case "target" -> i.target();
            case "unit" -> i.unit();
            case "actual" -> i.actual();
            case "weight" -> i.weight();
            case "selfScore" -> i.selfScore();
            case "deviationReason" -> i.deviationReason();
            case "direction" -> i.direction() == null ? null : i.direction().chinese();
            case "tier" -> i.tier() == null ? null : TEXTS.label(i.tier(), Locale.CHINESE);
            default -> i.notApplicable() ? "是" : null;
        };
    }

    private static Style style(String field) {
        return field.equals("weight") || field.equals("selfScore") ? Style.SCORE
                : field.equals("unit") || field.equals("direction") || field.equals("notApplicable") ? Style.CENTER
                : Style.TEXT;
    }

    static BigDecimal weightTotal(SelfEvaluationDocument d) {
        return d.indicators().stream().map(Indicator::weight).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
