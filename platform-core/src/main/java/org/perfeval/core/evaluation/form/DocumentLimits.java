package org.perfeval.core.evaluation.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.scoring.document.BudgetLine;
import org.perfeval.scoring.document.Indicator;
import org.perfeval.scoring.document.MainTask;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.json.JsonPointers;
import org.perfeval.scoring.text.Text;

/**
 * Refuses, field by field, a form that is well-formed but would not fit where it is stored: text longer than its
 * column, numbers with more digits than their column, more rows than a form can have. Nothing is cut short silently.
 */
public final class DocumentLimits {

    private final List<FieldRefusal> refusals = new ArrayList<>();

    private DocumentLimits() {
    }

    public static List<FieldRefusal> check(SelfEvaluationDocument d) {
        DocumentLimits limits = new DocumentLimits();
        limits.text("/project", d.project(), ColumnLimits.PROJECT);
        limits.text("/scheme", d.scheme(), ColumnLimits.SCHEME);
        if (d.annualGoal() != null) {
            limits.text("/annualGoal/text", d.annualGoal().text(), ColumnLimits.ANNUAL_GOAL);
            limits.text("/annualGoal/completion", d.annualGoal().completion(), ColumnLimits.GOAL_COMPLETION);
        }
        limits.rows("/tasks", d.tasks().size(), ColumnLimits.MAX_TASKS);
        for (int i = 0; i < d.tasks().size(); i++) {
            limits.task("/tasks/" + i, d.tasks().get(i));
        }
        limits.amount("/budget/initial", d.budget().initial());
        limits.amount("/budget/adjusted", d.budget().adjusted());
        limits.amount("/budget/executed", d.budget().executed());
        limits.line("/budget/fiscal", d.budget().fiscal());
        limits.line("/budget/other", d.budget().other());
        limits.line("/budget/basic", d.budget().basic());
        limits.line("/budget/project", d.budget().project());
        if (d.level1() != null) {
            limits.rows("/level1", d.level1().size(), ColumnLimits.MAX_LEVEL1);
            for (int i = 0; i < d.level1().size(); i++) {
                limits.text("/level1/" + i + "/name", d.level1().get(i).name(), ColumnLimits.LEVEL1);
                limits.score("/level1/" + i + "/weight", d.level1().get(i).weight());
            }
        }
        limits.rows("/indicators", d.indicators().size(), ColumnLimits.MAX_INDICATORS);
        for (int i = 0; i < d.indicators().size(); i++) {
            limits.indicator("/indicators/" + i, d.indicators().get(i));
        }
        if (d.selfReported() != null) {
            limits.score("/selfReported/budgetScore", d.selfReported().budgetScore());
            limits.score("/selfReported/total", d.selfReported().total());
            for (Map.Entry<String, BigDecimal> entry : d.selfReported().level1Scores().entrySet()) {
                String pointer = JsonPointers.child("/selfReported/level1Scores", entry.getKey());
                limits.text(pointer, entry.getKey(), ColumnLimits.LEVEL1);
                limits.score(pointer, entry.getValue());
            }
        }
        d.report().forEach((section, text) -> limits.text("/report/" + section.jsonName(), text,
                ColumnLimits.REPORT_SECTION));
        return limits.refusals;
    }

    private void task(String p, MainTask task) {
        text(p + "/name", task.name(), ColumnLimits.TASK_NAME);
        text(p + "/content", task.content(), ColumnLimits.TASK_CONTENT);
        text(p + "/completion", task.completion(), ColumnLimits.TASK_COMPLETION);
        amount(p + "/budget", task.budget());
        amount(p + "/fiscalBudget", task.fiscalBudget());
        amount(p + "/executed", task.executed());
        amount(p + "/fiscalExecuted", task.fiscalExecuted());
    }

    private void line(String p, BudgetLine line) {
        if (line != null) {
            amount(p + "/initial", line.initial());
            amount(p + "/adjusted", line.adjusted());
            amount(p + "/executed", line.executed());
        }
    }

    private void indicator(String p, Indicator row) {
        text(p + "/level1", row.level1(), ColumnLimits.LEVEL1);
        text(p + "/level2", row.level2(), ColumnLimits.LEVEL2);
        text(p + "/level3", row.level3(), ColumnLimits.LEVEL3);
        text(p + "/target", row.target(), ColumnLimits.TARGET);
        text(p + "/unit", row.unit(), ColumnLimits.UNIT);
        text(p + "/actual", row.actual(), ColumnLimits.ACTUAL);
        text(p + "/deviationReason", row.deviationReason(), ColumnLimits.DEVIATION_REASON);
        score(p + "/weight", row.weight());
        score(p + "/selfScore", row.selfScore());
    }

    private void text(String pointer, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            refusals.add(new FieldRefusal(pointer, Text.of("core.document.tooLong", max)));
        }
    }

    private void rows(String pointer, int count, int max) {
        if (count > max) {
            refusals.add(new FieldRefusal(pointer, Text.of("core.document.tooManyRows", max)));
        }
    }

    private void amount(String pointer, BigDecimal value) {
        decimal(pointer, value, ColumnLimits.AMOUNT_INTEGER_DIGITS);
    }

    private void score(String pointer, BigDecimal value) {
        decimal(pointer, value, ColumnLimits.SCORE_INTEGER_DIGITS);
    }

    private void decimal(String pointer, BigDecimal value, int integerDigits) {
        if (value == null) {
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > ColumnLimits.DECIMALS) {
            refusals.add(new FieldRefusal(pointer, Text.of("core.document.decimals", ColumnLimits.DECIMALS)));
        } else if (stripped.precision() - stripped.scale() > integerDigits) {
            refusals.add(new FieldRefusal(pointer, Text.of("core.document.tooLarge", integerDigits)));
        }
    }
}
