package org.perfeval.workflow.round;

import java.util.Map;

import org.perfeval.scoring.document.AnnualGoal;
import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.MainTask;
import org.perfeval.scoring.document.SelfEvaluationDocument;

/**
 * What a new year's draft takes from the form it starts from: the rows with their weights, targets and units, the
 * level-1 weights, the goal and the tasks. What the department reports for the new year starts empty: actuals,
 * scores, deviation reasons, the goal's completion, the budget and its execution, the written report.
 */
final class Carried {

    private Carried() {
    }

    static SelfEvaluationDocument into(SelfEvaluationDocument from, String department, String project, int year) {
        AnnualGoal goal = from.annualGoal() == null || from.annualGoal().text() == null ? null
                : new AnnualGoal(from.annualGoal().text(), null);
        return new SelfEvaluationDocument(from.kind(), from.scheme(), department, project, year, from.amountUnit(),
                goal,
                from.tasks().stream().map(task -> new MainTask(task.name(), task.content(), null, null, null, null,
                        null)).toList(),
                new Budget(null, null, null, null, null, null, null), from.level1(),
                from.indicators().stream().map(row -> new Indicator(row.level1(), row.level2(), row.level3(),
                        row.target(), row.unit(), null, row.weight(), null, null, null, false)).toList(),
                null, Map.of());
    }
}
