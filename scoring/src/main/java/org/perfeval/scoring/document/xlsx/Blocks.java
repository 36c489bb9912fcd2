package org.perfeval.scoring.document.xlsx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.perfeval.scoring.document.xlsx.Grid.At;
import org.perfeval.scoring.document.xlsx.IndicatorTable.Weighted;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What both layouts share: a block under a label merged down its left column, whose columns are found by the
 * headings in the label's row; the level-1 weights into {@code level1}; the 自评结果 object.
 */
final class Blocks {

    static final String BUDGET_LEVEL1 = "预算执行率";

    private Blocks() {
    }

    /** The rows of a block: below its label's row, while the label column is the label's or empty. */
    static List<Integer> rows(Grid grid, At label) {
        List<Integer> rows = new ArrayList<>();
        int last = Math.max(grid.endRow(label.row(), label.col()), label.row());
        for (int r = label.row() + 1; r <= grid.lastRow(); r++) {
            boolean inLabel = r <= last || grid.continuesFromAbove(r, label.col());
            if (!inLabel && grid.text(r, label.col()) != null) {
                break;
            }
            if (!inLabel && r > last + 1 && grid.rowEmpty(r, label.col(), label.col() + 12)) {
                break;
            }
            if (!grid.rowEmpty(r, grid.endCol(label.row(), label.col()) + 1, label.col() + 12)) {
                rows.add(r);
            }
        }
        return rows;
    }

    /** The column of the first heading in the row, from {@code fromCol}, that the test accepts; -1 when none. */
    static int column(Grid grid, int row, int fromCol, Predicate<String> test) {
        At at = grid.findInRow(row, fromCol, test);
        return at == null ? -1 : at.col();
    }

    static At at(int row, int col) {
        return col < 0 ? null : new At(row, col);
    }

    /** The row's own label between the block's label column and its first value column, as one text. */
    static String rowLabel(Grid grid, int row, int fromCol, int toCol) {
        StringBuilder label = new StringBuilder();
        String previous = null;
        for (int c = fromCol; c < toCol; c++) {
            String text = grid.label(row, c);
            if (!text.isEmpty() && !text.equals(previous)) {
                label.append(text);
            }
            previous = text;
        }
        return label.toString();
    }

    /** The weights of the level-1 indicators, the budget's first; nothing when the form gives none. */
    static void level1(FormTree tree, Weighted budget, Map<String, Weighted> named) {
        Map<String, Weighted> all = new LinkedHashMap<>();
        if (budget != null) {
            all.put(BUDGET_LEVEL1, budget);
        }
        boolean anyNamed = named.values().stream().anyMatch(w -> w.weight() != null);
        if (anyNamed) {
            named.forEach((name, weighted) -> {
                if (!name.equals(BUDGET_LEVEL1)) {
                    all.put(name, weighted);
                }
            });
        }
        if (all.isEmpty()) {
            return;
        }
        ArrayNode level1 = tree.array(tree.root(), "level1");
        all.forEach((name, weighted) -> {
            ObjectNode node = level1.addObject();
            String p = "/level1/" + (level1.size() - 1);
            tree.put(node, p, "name", weighted.at(), name);
            if (weighted.inCell()) {
                tree.amount(node, p, "weight", weighted.at());
            } else {
                tree.amount(node, p, "weight", weighted.at(), weighted.weight());
            }
        });
    }

    /** 自评结果 into the document when the form gives any of it. */
    static void selfReported(FormTree tree, ObjectNode self) {
        if (!self.isEmpty()) {
            tree.root().set("selfReported", self);
        }
    }

    static ObjectNode newObject() {
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
}
