package org.perfeval.scoring.document.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.perfeval.scoring.document.Tier;
import org.perfeval.scoring.document.xlsx.Grid.At;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The 一级/二级/三级指标 table of either layout, found by its header row and read by its column headings: level-1 and
 * level-2 cells merged down (or left empty under the first) belong to every row below them, a level-1 cell such as
 * "投入管理指标(20分)" carries its weight, and the table ends at an empty row, a 注, 合计 or 总分 row, or the sheet's end.
 */
final class IndicatorTable {

    private final Grid grid;
    private final int header;
    private final Map<String, Integer> columns;

    private IndicatorTable(Grid grid, int header, Map<String, Integer> columns) {
        this.grid = grid;
        this.header = header;
        this.columns = columns;
    }

    /** The table whose header row names 一级指标, 二级指标 and 三级指标, or null. */
    static IndicatorTable find(Grid grid) {
        At level3 = grid.find(label -> label.equals("三级指标"));
        while (level3 != null) {
            int row = level3.row();
            if (grid.findInRow(row, 0, "一级指标"::equals) != null && grid.findInRow(row, 0, "二级指标"::equals) != null) {
                return new IndicatorTable(grid, row, columns(grid, row));
            }
            level3 = grid.find(row + 1, label -> label.equals("三级指标"));
        }
        return null;
    }

    private static Map<String, Integer> columns(Grid grid, int row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        column(columns, grid, row, "level1", "一级指标"::equals);
        column(columns, grid, row, "level2", "二级指标"::equals);
        column(columns, grid, row, "level3", "三级指标"::equals);
        column(columns, grid, row, "target", l -> l.equals("指标值") || l.equals("年度指标值") || l.startsWith("目标值"));
        column(columns, grid, row, "unit", l -> l.equals("度量单位") || l.equals("计量单位"));
        column(columns, grid, row, "actual", l -> l.startsWith("实际完成值") || l.equals("实际完成情况"));
        column(columns, grid, row, "weight", l -> l.equals("分值") || l.equals("权重分值"));
        column(columns, grid, row, "selfScore", l -> l.equals("得分") || l.equals("自评得分"));
        column(columns, grid, row, "deviationReason", l -> l.contains("原因"));
        column(columns, grid, row, "direction", l -> l.equals("指标性质"));
        column(columns, grid, row, "tier", l -> l.equals("档次") || l.equals("完成档次"));
        column(columns, grid, row, "notApplicable", l -> l.equals("不适用"));
        return columns;
    }

    private static void column(Map<String, Integer> columns, Grid grid, int row, String field, Predicate<String> test) {
        At at = grid.findInRow(row, 0, test);
        if (at != null) {
            columns.put(field, at.col());
        }
    }

    int headerRow() {
        return header;
    }

    /**
     * Reads the rows into {@code indicators}, the level-1 names in their order with the weight their cells carry
     * into {@code level1} (null where a name carries none); returns the first row after the table.
     */
    int read(FormTree tree, ArrayNode indicators, Map<String, Weighted> level1) {
        int first = columns.values().stream().mapToInt(Integer::intValue).min().orElse(0);
        int last = columns.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        int level1Col = columns.get("level1");
        int level2Col = columns.get("level2");
        At level1At = null;
        At level2At = null;
        int row = header + 1;
        for (; row <= grid.lastRow(); row++) {
            if (grid.rowEmpty(row, first, last) || ends(row, level1Col)) {
                break;
            }
            boolean merged1 = grid.continuesFromAbove(row, level1Col);
            if (grid.text(row, level1Col) != null && (!merged1 || level1At == null)) {
                level1At = new At(row, level1Col);
                level2At = null;
            }
            if (grid.text(row, level2Col) != null && (!grid.continuesFromAbove(row, level2Col) || level2At == null)) {
                level2At = new At(row, level2Col);
            }
            ObjectNode node = indicators.addObject();
            String p = "/indicators/" + (indicators.size() - 1);
            CellText.NameAndWeight named = CellText.nameAndWeight(level1At == null ? null
                    : grid.text(level1At.row(), level1At.col()));
            tree.put(node, p, "level1", level1At == null ? new At(row, level1Col) : level1At, named.name());
            if (named.name() != null && !level1.containsKey(named.name())) {
                level1.put(named.name(), new Weighted(named.weight(), level1At));
            }
            tree.name(node, p, "level2", level2At == null ? new At(row, level2Col) : level2At);
            tree.name(node, p, "level3", at(row, "level3"));
            tree.put(node, p, "target", at(row, "target"), orEmpty(oneLine(row, "target")));
            tree.put(node, p, "unit", at(row, "unit"), orEmpty(oneLine(row, "unit")));
            tree.name(node, p, "actual", at(row, "actual"));
            tree.amount(node, p, "weight", at(row, "weight"));
            tree.amount(node, p, "selfScore", at(row, "selfScore"));
            tree.block(node, p, "deviationReason", at(row, "deviationReason"));
            tree.name(node, p, "direction", at(row, "direction"));
            tree.put(node, p, "tier", at(row, "tier"), tier(oneLine(row, "tier")));
            notApplicable(tree, node, p, at(row, "notApplicable"), oneLine(row, "notApplicable"));
        }
        return row;
    }

    private boolean ends(int row, int level1Col) {
        if (grid.continuesFromAbove(row, level1Col)) {
            return false;
        }
        for (int c = 0; c <= level1Col; c++) {
            String label = grid.label(row, c);
            if (label.startsWith("注") || label.startsWith("合计") || label.startsWith("总分")
                    || label.startsWith("各项指标得分")) {
                return true;
            }
        }
        return false;
    }

    private At at(int row, String field) {
        Integer col = columns.get(field);
        return col == null ? null : new At(row, col);
    }

    private String oneLine(int row, String field) {
        At at = at(row, field);
        return at == null ? null : CellText.oneLine(grid.text(at.row(), at.col()));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** 档次 as forms write it, or the enum's name; anything else is passed on to be refused. */
    private static String tier(String text) {
        if (text == null) {
            return null;
        }
        String s = CellText.normalize(text);
        if (s.startsWith("未达成")) {
            return Tier.NOT_ACHIEVED.name();
        }
        if (s.startsWith("部分")) {
            return Tier.PARTIAL.name();
        }
        return s.startsWith("达成") ? Tier.ACHIEVED.name() : text;
    }

    private static void notApplicable(FormTree tree, ObjectNode node, String p, At at, String text) {
        tree.place(p + "/notApplicable", at);
        if (text == null || text.equals("否")) {
            return;
        }
        if (text.equals("是") || text.equals("不适用") || text.equals("√") || text.equals("✓")) {
            node.put("notApplicable", true);
        } else {
            node.put("notApplicable", text);
        }
    }

    /**
     * A level-1 weight and its cell: carried in a name ("产出指标(40分)"), or, when {@code inCell}, the cell's own value
     * (the budget's 分值), read as any amount is.
     */
    record Weighted(java.math.BigDecimal weight, At at, boolean inCell) {

        Weighted(java.math.BigDecimal weight, At at) {
            this(weight, at, false);
        }
    }
}
