package org.perfeval.scoring.document.xlsx;

import org.perfeval.scoring.document.xlsx.Grid.At;

import tools.jackson.databind.node.ObjectNode;

/**
 * The 各项指标得分情况表 (指标 | 权重分值 | 得分 | 得分率) the Henan report prints under the form: the department's
 * subtotal of each level-1 indicator, under the name it writes there ("投入管理" for 投入管理指标, as the scorer
 * matches them). It ends at its 合计 row.
 */
final class Subtotals {

    private Subtotals() {
    }

    static void read(FormTree tree, ObjectNode self) {
        Grid grid = tree.grid();
        At title = grid.find(l -> l.startsWith("各项指标得分情况"));
        if (title == null) {
            return;
        }
        for (int row = title.row() + 1; row <= Math.min(grid.lastRow(), title.row() + 3); row++) {
            At name = grid.findInRow(row, 0, l -> l.equals("指标") || l.equals("一级指标"));
            At score = grid.findInRow(row, 0, l -> l.equals("得分") || l.equals("自评得分"));
            if (name != null && score != null) {
                rows(tree, self, row, name.col(), score.col());
                return;
            }
        }
    }

    private static void rows(FormTree tree, ObjectNode self, int header, int nameCol, int scoreCol) {
        Grid grid = tree.grid();
        ObjectNode scores = self.putObject("level1Scores");
        for (int r = header + 1; r <= grid.lastRow(); r++) {
            String name = CellText.oneLine(grid.text(r, nameCol));
            if (name == null || CellText.normalize(name).startsWith("合计")) {
                break;
            }
            tree.amount(scores, "/selfReported/level1Scores", name, new At(r, scoreCol));
        }
        if (scores.isEmpty()) {
            self.remove("level1Scores");
        }
    }
}
