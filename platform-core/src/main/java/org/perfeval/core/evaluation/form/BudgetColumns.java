package org.perfeval.core.evaluation.form;

import org.perfeval.scoring.document.Budget;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** 预算情况 in the evaluation's own row: the total and the four optional breakdowns, three amounts each. */
@Embeddable
class BudgetColumns {

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "initial", column = @Column(name = "budget_initial")),
            @AttributeOverride(name = "adjusted", column = @Column(name = "budget_adjusted")),
            @AttributeOverride(name = "executed", column = @Column(name = "budget_executed"))})
    private BudgetAmounts total;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "initial", column = @Column(name = "fiscal_initial")),
            @AttributeOverride(name = "adjusted", column = @Column(name = "fiscal_adjusted")),
            @AttributeOverride(name = "executed", column = @Column(name = "fiscal_executed"))})
    private BudgetAmounts fiscal;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "initial", column = @Column(name = "other_initial")),
            @AttributeOverride(name = "adjusted", column = @Column(name = "other_adjusted")),
            @AttributeOverride(name = "executed", column = @Column(name = "other_executed"))})
    private BudgetAmounts other;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "initial", column = @Column(name = "basic_initial")),
            @AttributeOverride(name = "adjusted", column = @Column(name = "basic_adjusted")),
            @AttributeOverride(name = "executed", column = @Column(name = "basic_executed"))})
    private BudgetAmounts basic;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "initial", column = @Column(name = "project_initial")),
            @AttributeOverride(name = "adjusted", column = @Column(name = "project_adjusted")),
            @AttributeOverride(name = "executed", column = @Column(name = "project_executed"))})
    private BudgetAmounts project;

    protected BudgetColumns() {
    }

    BudgetColumns(Budget budget) {
        this.total = BudgetAmounts.of(budget.total());
        this.fiscal = BudgetAmounts.of(budget.fiscal());
        this.other = BudgetAmounts.of(budget.other());
        this.basic = BudgetAmounts.of(budget.basic());
        this.project = BudgetAmounts.of(budget.project());
    }

    Budget toBudget() {
        var line = total.toLine();
        return new Budget(line.initial(), line.adjusted(), line.executed(), fiscal == null ? null : fiscal.toLine(),
                other == null ? null : other.toLine(), basic == null ? null : basic.toLine(),
                project == null ? null : project.toLine());
    }
}
