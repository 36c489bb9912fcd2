package org.perfeval.scoring.document.xlsx;

import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.xlsx.Grid.At;

/**
 * The title block of a 自评表: the kind from its title (部门整体 / 项目支出), the year from "（2022年度）" and the amount
 * unit from "单位：万元" or a label's "（元）".
 */
record Title(At at, EvaluationKind kind) {

    static final String DEPARTMENT_TITLE = "部门整体绩效自评表";
    static final String PROJECT_TITLE = "项目支出绩效自评表";

    /** The title of the form on this sheet, or null when the sheet holds none. */
    static Title find(Grid grid) {
        At at = grid.find(label -> label.contains("自评表") && (label.contains("部门整体") || label.contains("项目支出"))
                && label.length() <= 40);
        if (at == null) {
            return null;
        }
        return new Title(at, grid.label(at.row(), at.col()).contains("部门整体") ? EvaluationKind.DEPARTMENT_OVERALL
                : EvaluationKind.PROJECT);
    }

    /** The year near the title: in it, or in a cell up to three rows below it. */
    At year(Grid grid) {
        for (int r = at.row(); r <= at.row() + 3 && r <= grid.lastRow(); r++) {
            At year = grid.findInRow(r, 0, label -> CellText.year(label) != null);
            if (year != null) {
                return year;
            }
        }
        return null;
    }

    /** The cell that names the unit ("单位：万元", "项目资金（万元）"), or null. */
    static At unit(Grid grid) {
        return grid.find(label -> unitOf(label) != null);
    }

    static AmountUnit unitOf(String label) {
        if (label.startsWith("单位:") || label.startsWith("金额单位:")) {
            String unit = label.substring(label.indexOf(':') + 1);
            return unit.startsWith("万元") ? AmountUnit.TEN_THOUSAND_YUAN
                    : unit.startsWith("元") ? AmountUnit.YUAN : null;
        }
        if (label.length() <= 20 && (label.endsWith("(万元)") || label.endsWith("(元)"))) {
            return label.endsWith("(万元)") ? AmountUnit.TEN_THOUSAND_YUAN : AmountUnit.YUAN;
        }
        return null;
    }

    /** Kind, year and unit into the document, each placed at the cell it came from. */
    void read(FormTree tree) {
        Grid grid = tree.grid();
        tree.root().put("format", org.perfeval.scoring.document.SelfEvaluationDocument.FORMAT);
        tree.put(tree.root(), "", "kind", at, kind.name());
        At year = year(grid);
        Integer value = year == null ? null : CellText.year(grid.label(year.row(), year.col()));
        tree.place("/year", year == null ? at : year);
        if (value != null) {
            tree.root().put("year", value.intValue());
        }
        At unit = unit(grid);
        tree.place("/amountUnit", unit == null ? at : unit);
        if (unit != null) {
            tree.root().put("amountUnit", unitOf(grid.label(unit.row(), unit.col())).symbol());
        }
    }
}
