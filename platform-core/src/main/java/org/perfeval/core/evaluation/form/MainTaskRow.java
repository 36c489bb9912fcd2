package org.perfeval.core.evaluation.form;

import static org.perfeval.scoring.document.Decimals.plain;

import java.math.BigDecimal;

import org.perfeval.scoring.document.MainTask;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One row of 年度主要任务. */
@Entity
@Table(name = "evaluation_task")
class MainTaskRow extends FormRow {

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Column(nullable = false, length = ColumnLimits.TASK_NAME)
    private String name;

    @Column(length = ColumnLimits.TASK_CONTENT)
    private String content;

    @Column(precision = 20, scale = 4)
    private BigDecimal budget;

    @Column(name = "fiscal_budget", precision = 20, scale = 4)
    private BigDecimal fiscalBudget;

    @Column(precision = 20, scale = 4)
    private BigDecimal executed;

    @Column(name = "fiscal_executed", precision = 20, scale = 4)
    private BigDecimal fiscalExecuted;

    @Column(length = ColumnLimits.TASK_COMPLETION)
    private String completion;

    protected MainTaskRow() {
    }

    void assign(int rowNo, MainTask task) {
        this.rowNo = rowNo;
        this.name = task.name();
        this.content = task.content();
        this.budget = task.budget();
        this.fiscalBudget = task.fiscalBudget();
        this.executed = task.executed();
        this.fiscalExecuted = task.fiscalExecuted();
        this.completion = task.completion();
    }

    MainTask toTask() {
        return new MainTask(name, content, plain(budget), plain(fiscalBudget), plain(executed), plain(fiscalExecuted),
                completion);
    }
}
