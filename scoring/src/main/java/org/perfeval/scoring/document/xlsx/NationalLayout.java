package org.perfeval.scoring.document.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;

import org.perfeval.scoring.document.xlsx.Grid.At;
import org.perfeval.scoring.document.xlsx.IndicatorTable.Weighted;

import tools.jackson.databind.node.ObjectNode;

/**
 * The national 项目支出绩效自评表 of 财预〔2020〕10号: 项目名称, 主管部门, 实施单位, the 项目资金 block (年初预算数, 全年预算数,
 * 全年执行数, 分值, 执行率, 得分), 年度总体目标 (预期目标, 实际完成情况), the 绩效指标 table and its 总分 row. The
 * document's department is the 实施单位, the 主管部门 where that is empty.
 */
final class NationalLayout {

    private NationalLayout() {
    }

    static void read(FormTree tree, Title title) {
        Grid grid = tree.grid();
        ObjectNode root = tree.root();
        title.read(tree);
        At project = grid.find("项目名称"::equals);
        tree.name(root, "", "project", project == null ? title.at() : grid.rightOf(project));
        At unit = grid.find("实施单位"::equals);
        At ministry = grid.find(l -> l.equals("主管部门") || l.equals("主管部门及代码"));
        At department = unit != null && grid.text(grid.rightOf(unit).row(), grid.rightOf(unit).col()) != null
                ? grid.rightOf(unit) : ministry != null ? grid.rightOf(ministry) : title.at();
        tree.name(root, "", "department", department);
        // the national form has no 年度主要任务; a form that gives them (as PerfEval's export does) keeps them
        HenanLayout.tasks(tree);
        ObjectNode self = Blocks.newObject();
        Weighted budgetWeight = funds(tree, self);
        goal(tree);
        Map<String, Weighted> level1 = new LinkedHashMap<>();
        IndicatorTable table = IndicatorTable.find(grid);
        if (table != null) {
            int end = table.read(tree, tree.array(root, "indicators"), level1);
            total(tree, self, table, end);
        } else {
            tree.place("/indicators", title.at());
        }
        Blocks.level1(tree, budgetWeight, level1);
        At grade = grid.find(l -> l.equals("自评等级") || l.equals("自评结果"));
        if (grade != null) {
            tree.name(self, "/selfReported", "grade", grid.rightOf(grade));
        }
        Subtotals.read(tree, self);
        Blocks.selfReported(tree, self);
    }

    private static Weighted funds(FormTree tree, ObjectNode self) {
        Grid grid = tree.grid();
        At label = grid.find(l -> l.startsWith("项目资金"));
        if (label == null) {
            return null;
        }
        int row = label.row();
        int from = grid.endCol(row, label.col()) + 1;
        HenanLayout.Columns columns = new HenanLayout.Columns(Blocks.column(grid, row, from, "年初预算数"::equals),
                Blocks.column(grid, row, from, l -> l.equals("全年预算数") || l.equals("调整预算数")),
                Blocks.column(grid, row, from, l -> l.equals("全年执行数") || l.equals("预算执行数")));
        int weight = Blocks.column(grid, row, from, "分值"::equals);
        int score = Blocks.column(grid, row, from, "得分"::equals);
        ObjectNode budget = tree.root().putObject("budget");
        tree.place("/budget", label);
        Weighted budgetWeight = null;
        for (int r : Blocks.rows(grid, label)) {
            String line = Blocks.rowLabel(grid, r, label.col() + 1, columns.first());
            if (line.contains("资金总额") || line.contains("合计")) {
                columns.read(tree, budget, "/budget", r);
                tree.amount(self, "/selfReported", "budgetScore", Blocks.at(r, score));
                budgetWeight = weight < 0 ? null : HenanLayout.weighted(tree, r, weight);
            } else if (line.contains("财政拨款") && !columns.empty(grid, r)) {
                columns.read(tree, budget.putObject("fiscal"), "/budget/fiscal", r);
            } else if (line.contains("其他资金") && !columns.empty(grid, r)) {
                columns.read(tree, budget.putObject("other"), "/budget/other", r);
            } else if (line.contains("基本支出") && !columns.empty(grid, r)) {
                columns.read(tree, budget.putObject("basic"), "/budget/basic", r);
            } else if (line.contains("项目支出") && !columns.empty(grid, r)) {
                columns.read(tree, budget.putObject("project"), "/budget/project", r);
            }
        }
        return budgetWeight;
    }

    private static void goal(FormTree tree) {
        Grid grid = tree.grid();
        At label = grid.find(l -> l.equals("年度总体目标") || l.equals("年度目标"));
        if (label == null) {
            return;
        }
        int expected = Blocks.column(grid, label.row(), label.col() + 1, l -> l.equals("预期目标"));
        int actual = Blocks.column(grid, label.row(), label.col() + 1, l -> l.startsWith("实际完成情况"));
        ObjectNode goal = tree.root().putObject("annualGoal");
        int row = expected >= 0 ? label.row() + 1 : label.row();
        tree.block(goal, "/annualGoal", "text", expected >= 0 ? new At(row, expected) : grid.rightOf(label));
        if (actual >= 0) {
            tree.block(goal, "/annualGoal", "completion", new At(row, actual));
        }
    }

    /** The 总分 row under the table: its 得分 is the department's total. */
    private static void total(FormTree tree, ObjectNode self, IndicatorTable table, int end) {
        Grid grid = tree.grid();
        At total = grid.find(end, l -> l.equals("总分") || l.equals("合计"));
        if (total == null || total.row() > end + 2) {
            return;
        }
        int score = Blocks.column(grid, table.headerRow(), 0, l -> l.equals("得分") || l.equals("自评得分"));
        if (score >= 0) {
            tree.amount(self, "/selfReported", "total", new At(total.row(), score));
        }
    }
}
