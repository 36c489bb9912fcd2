package org.perfeval.web.ui.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.perfeval.scoring.document.AnnualGoal;
import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.MainTask;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;

/**
 * The form being edited. What the editor does not show (kind, department, year, amount unit, budget breakdowns, the
 * self-reported result) is carried over unchanged from the saved form.
 */
final class DocumentDraft {

    private final SelfEvaluationDocument base;
    final List<IndicatorDraft> indicators = new ArrayList<>();
    final List<MainTask> tasks = new ArrayList<>();
    final Map<ReportSection, String> report = new EnumMap<>(ReportSection.class);
    String goal;
    String goalCompletion;
    BigDecimal budgetInitial;
    BigDecimal budgetAdjusted;
    BigDecimal budgetExecuted;

    DocumentDraft(SelfEvaluationDocument base) {
        this.base = base;
        base.indicators().forEach(row -> indicators.add(IndicatorDraft.of(row)));
        tasks.addAll(base.tasks());
        report.putAll(base.report());
        goal = base.annualGoal() == null ? "" : base.annualGoal().text();
        goalCompletion = base.annualGoal() == null ? "" : base.annualGoal().completion();
        budgetInitial = base.budget().initial();
        budgetAdjusted = base.budget().adjusted();
        budgetExecuted = base.budget().executed();
    }

    SelfEvaluationDocument base() {
        return base;
    }

    /** The level-1 blocks rows may belong to: the form's own, then any a row already uses. */
    List<String> level1Names() {
        List<String> names = new ArrayList<>();
        if (base.level1() != null) {
            base.level1().forEach(block -> names.add(block.name()));
        }
        indicators.stream().map(row -> row.level1).filter(name -> name != null && !names.contains(name))
                .forEach(names::add);
        return names;
    }

    SelfEvaluationDocument toDocument() {
        Budget budget = base.budget();
        return new SelfEvaluationDocument(base.kind(), base.scheme(), base.department(), base.project(), base.year(),
                base.amountUnit(), new AnnualGoal(goal, goalCompletion), tasks,
                new Budget(budgetInitial, budgetAdjusted, budgetExecuted, budget.fiscal(), budget.other(),
                        budget.basic(), budget.project()),
                base.level1(), indicators.stream().map(IndicatorDraft::toIndicator).toList(), base.selfReported(),
                report);
    }
}
