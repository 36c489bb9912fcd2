package org.perfeval.scoring.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.BudgetLine;
import org.perfeval.scoring.document.MainTask;

/**
 * Checks that the budget's breakdowns add up to its total (资金来源: fiscal + other; 资金结构: basic + project) and
 * compares the main tasks' amounts with the budget, as reviewers do by hand.
 */
final class BudgetConsistency {

    private static final Message SOURCES = new Message("资金来源（财政性资金＋其他资金）", "the sources (fiscal + other)");
    private static final Message STRUCTURE = new Message("资金结构（基本支出＋项目支出）", "the structure (basic + project)");
    private static final List<Field> FIELDS = List.of(
            new Field(new Message("年初预算数", "initial"), BudgetLine::initial),
            new Field(new Message("调整预算数", "adjusted"), BudgetLine::adjusted),
            new Field(new Message("预算执行数", "executed"), BudgetLine::executed));

    private record Field(Message name, Function<BudgetLine, BigDecimal> value) {
    }

    private BudgetConsistency() {
    }

    static void check(Budget budget, List<MainTask> tasks, Findings findings) {
        if (budget == null) {
            return;
        }
        breakdown(budget.total(), budget.fiscal(), budget.other(), "/budget/fiscal", SOURCES, findings);
        breakdown(budget.total(), budget.basic(), budget.project(), "/budget/basic", STRUCTURE, findings);
        if (tasks.isEmpty()) {
            return;
        }
        BigDecimal taskBudgets = BigDecimal.ZERO;
        BigDecimal taskExecuted = BigDecimal.ZERO;
        for (MainTask task : tasks) {
            if (task.budget() == null || task.executed() == null) {
                return;
            }
            taskBudgets = taskBudgets.add(task.budget());
            taskExecuted = taskExecuted.add(task.executed());
        }
        BigDecimal planned = budget.adjusted() != null ? budget.adjusted() : budget.initial();
        if (planned != null && taskBudgets.compareTo(planned) != 0) {
            findings.add(FindingCode.TASKS_BUDGET_MISMATCH, "/tasks", new Message("预算资金", "budgets"), taskBudgets,
                    planned);
        }
        if (budget.executed() != null && taskExecuted.compareTo(budget.executed()) != 0) {
            findings.add(FindingCode.TASKS_BUDGET_MISMATCH, "/tasks", new Message("预算执行数", "executed amounts"),
                    taskExecuted, budget.executed());
        }
    }

    private static void breakdown(BudgetLine total, BudgetLine first, BudgetLine second, String pointer, Message what,
                                  Findings findings) {
        if (first == null && second == null) {
            return;
        }
        for (Field field : FIELDS) {
            BigDecimal sum = second == null ? valueOf(first, field)
                    : first == null ? valueOf(second, field) : valueOf(first, field).add(valueOf(second, field));
            BigDecimal expected = valueOf(total, field);
            if (sum.compareTo(expected) != 0) {
                findings.add(FindingCode.BUDGET_BREAKDOWN_MISMATCH, pointer, what, sum, expected, field.name());
            }
        }
    }

    private static BigDecimal valueOf(BudgetLine line, Field field) {
        BigDecimal value = line == null ? null : field.value().apply(line);
        return value == null ? BigDecimal.ZERO : value;
    }
}
