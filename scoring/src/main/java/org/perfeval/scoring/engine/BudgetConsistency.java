package org.perfeval.scoring.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.BudgetLine;
import org.perfeval.scoring.document.MainTask;
import org.perfeval.scoring.result.FindingCode;
import org.perfeval.scoring.text.Text;

/**
 * Checks that the budget's breakdowns add up to its total (资金来源: fiscal + other; 资金结构: basic + project) and
 * compares the main tasks' amounts with the budget, as reviewers do by hand.
 */
final class BudgetConsistency {

    private static final Text TASK_BUDGETS = Text.of("fragment.taskBudgets");
    private static final Text TASK_EXECUTED = Text.of("fragment.taskExecuted");
    private static final List<Field> FIELDS = List.of(
            new Field(Places.BUDGET_INITIAL, BudgetLine::initial),
            new Field(Places.BUDGET_ADJUSTED, BudgetLine::adjusted),
            new Field(Places.BUDGET_EXECUTED, BudgetLine::executed));

    private record Field(Text name, Function<BudgetLine, BigDecimal> value) {
    }

    private BudgetConsistency() {
    }

    static void check(Budget budget, List<MainTask> tasks, Findings findings) {
        if (budget == null) {
            return;
        }
        breakdown(budget.total(), budget.fiscal(), budget.other(), "/budget/fiscal", Places.BUDGET_SOURCES, findings);
        breakdown(budget.total(), budget.basic(), budget.project(), "/budget/basic", Places.BUDGET_STRUCTURE,
                findings);
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
            findings.add(FindingCode.TASKS_BUDGET_MISMATCH, "/tasks", Places.TASKS, TASK_BUDGETS,
                    taskBudgets, planned);
        }
        if (budget.executed() != null && taskExecuted.compareTo(budget.executed()) != 0) {
            findings.add(FindingCode.TASKS_BUDGET_MISMATCH, "/tasks", Places.TASKS, TASK_EXECUTED,
                    taskExecuted, budget.executed());
        }
    }

    private static void breakdown(BudgetLine total, BudgetLine first, BudgetLine second, String pointer, Text place,
                                  Findings findings) {
        if (first == null && second == null) {
            return;
        }
        for (Field field : FIELDS) {
            BigDecimal sum = second == null ? valueOf(first, field)
                    : first == null ? valueOf(second, field) : valueOf(first, field).add(valueOf(second, field));
            BigDecimal expected = valueOf(total, field);
            if (sum.compareTo(expected) != 0) {
                findings.add(FindingCode.BUDGET_BREAKDOWN_MISMATCH, pointer, place, sum, expected, field.name());
            }
        }
    }

    private static BigDecimal valueOf(BudgetLine line, Field field) {
        BigDecimal value = line == null ? null : field.value().apply(line);
        return value == null ? BigDecimal.ZERO : value;
    }
}
