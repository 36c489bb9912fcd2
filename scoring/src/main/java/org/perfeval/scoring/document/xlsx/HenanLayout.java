package org.perfeval.scoring.document.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;

import org.perfeval.scoring.document.xlsx.Grid.At;
import org.perfeval.scoring.document.xlsx.IndicatorTable.Weighted;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Henan 部门整体绩效自评表: a header block (部门(单位)名称, 自评得分, 自评结果, 年度履职目标), 年度主要任务, 预算情况
 * with 资金来源/资金结构, the 一级/二级/三级指标 table, and optionally the 各项指标得分情况表 of the report.
 */
final class HenanLayout {

    private HenanLayout() {
    }

    static void read(FormTree tree, Title title) {
        Grid grid = tree.grid();
        ObjectNode root = tree.root();
        title.read(tree);
        At department = grid.find(l -> l.equals("部门(单位)名称") || l.equals("部门名称") || l.equals("单位名称"));
        tree.name(root, "", "department", department == null ? title.at() : grid.rightOf(department));
        ObjectNode self = Blocks.newObject();
        At total = grid.find(l -> l.equals("自评得分") || l.equals("自评总分"));
        if (total != null) {
            tree.amount(self, "/selfReported", "total", grid.rightOf(total));
        }
        At grade = grid.find(l -> l.equals("自评结果") || l.equals("自评等级"));
        if (grade != null) {
            tree.name(self, "/selfReported", "grade", grid.rightOf(grade));
        }
        goal(tree);
        tasks(tree);
        Weighted budgetWeight = budget(tree, self);
        Map<String, Weighted> level1 = new LinkedHashMap<>();
        IndicatorTable table = IndicatorTable.find(grid);
        if (table != null) {
            table.read(tree, tree.array(root, "indicators"), level1);
        } else {
            tree.place("/indicators", title.at());
        }
        Blocks.level1(tree, budgetWeight, level1);
        Subtotals.read(tree, self);
        Blocks.selfReported(tree, self);
    }

    private static void goal(FormTree tree) {
        Grid grid = tree.grid();
        At text = grid.find("年度履职目标"::equals);
        At completion = grid.find(l -> l.equals("年度履职目标完成情况") || l.equals("履职目标完成情况"));
        if (text == null && completion == null) {
            return;
        }
        ObjectNode goal = tree.root().putObject("annualGoal");
        if (text != null) {
            tree.block(goal, "/annualGoal", "text", grid.rightOf(text));
        }
        if (completion != null) {
            tree.block(goal, "/annualGoal", "completion", grid.rightOf(completion));
        }
    }

    static void tasks(FormTree tree) {
        Grid grid = tree.grid();
        ArrayNode tasks = tree.array(tree.root(), "tasks");
        At label = grid.find("年度主要任务"::equals);
        if (label == null) {
            return;
        }
        int row = label.row();
        int from = label.col() + 1;
        int name = Blocks.column(grid, row, from, l -> l.equals("任务名称"));
        int content = Blocks.column(grid, row, from, l -> l.equals("主要内容"));
        int budget = Blocks.column(grid, row, from, l -> l.equals("预算资金") || l.equals("预算数"));
        int fiscalBudget = Blocks.column(grid, row, budget + 1, l -> l.contains("财政"));
        int executed = Blocks.column(grid, row, from, l -> l.equals("预算执行数") || l.equals("执行数"));
        int fiscalExecuted = Blocks.column(grid, row, executed + 1, l -> l.contains("财政"));
        int completion = Blocks.column(grid, row, from, l -> l.equals("任务完成情况") || l.equals("完成情况"));
        for (int r : Blocks.rows(grid, label)) {
            ObjectNode task = tasks.addObject();
            String p = "/tasks/" + (tasks.size() - 1);
            tree.name(task, p, "name", Blocks.at(r, name));
            tree.block(task, p, "content", Blocks.at(r, content));
            tree.amount(task, p, "budget", Blocks.at(r, budget));
            tree.amount(task, p, "fiscalBudget", Blocks.at(r, fiscalBudget));
            tree.amount(task, p, "executed", Blocks.at(r, executed));
            tree.amount(task, p, "fiscalExecuted", Blocks.at(r, fiscalExecuted));
            tree.block(task, p, "completion", Blocks.at(r, completion));
        }
    }

    /** 预算情况 into the document; the budget's 分值 and the cell it is in, or null when the form gives none. */
    private static Weighted budget(FormTree tree, ObjectNode self) {
        Grid grid = tree.grid();
        At label = grid.find("预算情况"::equals);
        if (label == null) {
            return null;
        }
        int row = label.row();
        int from = label.col() + 1;
        Columns columns = new Columns(Blocks.column(grid, row, from, "年初预算数"::equals),
                Blocks.column(grid, row, from, l -> l.equals("调整预算数") || l.equals("全年预算数")),
                Blocks.column(grid, row, from, l -> l.equals("预算执行数") || l.equals("全年执行数")));
        int weight = Blocks.column(grid, row, from, "分值"::equals);
        int score = Blocks.column(grid, row, from, "得分"::equals);
        ObjectNode budget = tree.root().putObject("budget");
        tree.place("/budget", label);
        Weighted budgetWeight = null;
        for (int r : Blocks.rows(grid, label)) {
            String line = Blocks.rowLabel(grid, r, from, columns.first());
            if (line.contains("总额") || line.contains("合计")) {
                columns.read(tree, budget, "/budget", r);
                tree.amount(self, "/selfReported", "budgetScore", Blocks.at(r, score));
                budgetWeight = weight < 0 ? null : weighted(tree, r, weight);
            } else {
                String name = line.contains("其他资金") ? "other" : line.contains("基本支出") ? "basic"
                        : line.contains("项目支出") ? "project" : line.contains("财政") ? "fiscal" : null;
                if (name != null && !columns.empty(grid, r)) {
                    columns.read(tree, budget.putObject(name), "/budget/" + name, r);
                }
            }
        }
        return budgetWeight;
    }

    /** The 分值 cell of a budget row, or null when it is empty. */
    static Weighted weighted(FormTree tree, int row, int col) {
        return CellText.isEmpty(tree.grid().text(row, col)) ? null : new Weighted(null, new At(row, col), true);
    }

    /** The three amount columns of a budget block: 年初预算数, 调整预算数 (全年预算数), 预算执行数 (全年执行数). */
    record Columns(int initial, int adjusted, int executed) {

        int first() {
            int first = Integer.MAX_VALUE;
            for (int c : new int[] {initial, adjusted, executed}) {
                if (c >= 0) {
                    first = Math.min(first, c);
                }
            }
            return first == Integer.MAX_VALUE ? 0 : first;
        }

        boolean empty(Grid grid, int row) {
            for (int c : new int[] {initial, adjusted, executed}) {
                if (c >= 0 && !CellText.isEmpty(grid.text(row, c))) {
                    return false;
                }
            }
            return true;
        }

        void read(FormTree tree, ObjectNode node, String pointer, int row) {
            tree.amount(node, pointer, "initial", Blocks.at(row, initial));
            tree.amount(node, pointer, "adjusted", Blocks.at(row, adjusted));
            tree.amount(node, pointer, "executed", Blocks.at(row, executed));
        }
    }
}
