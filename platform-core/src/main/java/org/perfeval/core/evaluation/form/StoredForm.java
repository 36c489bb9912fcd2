package org.perfeval.core.evaluation.form;

import static org.perfeval.scoring.document.Decimals.plain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.AnnualGoal;
import org.perfeval.scoring.document.Budget;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.SelfReported;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * The content of a self-evaluation's form, embedded in its evaluation's row: everything of the interchange document
 * except its identity (department, year, kind, project), which the evaluation keeps. Rows are updated in place, so a
 * row keeps its identity across edits; the form also keeps the score the rules give it as it stands.
 */
@Embeddable
public class StoredForm {

    @Column(name = "scheme_id", length = ColumnLimits.SCHEME)
    private String schemeId;

    @Convert(converter = AmountUnitConverter.class)
    @Column(name = "amount_unit", nullable = false, length = 8)
    private AmountUnit amountUnit;

    @Column(name = "annual_goal", length = ColumnLimits.ANNUAL_GOAL)
    private String annualGoal;

    @Column(name = "goal_completion", length = ColumnLimits.GOAL_COMPLETION)
    private String goalCompletion;

    @Embedded
    private BudgetColumns budget;

    @Column(name = "self_budget_score", precision = 9, scale = 4)
    private BigDecimal selfBudgetScore;

    @Column(name = "self_total", precision = 9, scale = 4)
    private BigDecimal selfTotal;

    @Convert(converter = GradeConverter.class)
    @Column(name = "self_grade", length = 8)
    private Grade selfGrade;

    @Column(name = "computed_total", precision = 9, scale = 4)
    private BigDecimal computedTotal;

    @Convert(converter = GradeConverter.class)
    @Column(name = "computed_grade", length = 8)
    private Grade computedGrade;

    @Column(name = "computed_errors")
    private Integer computedErrors;

    @Column(name = "computed_pending")
    private Integer computedPending;

    // the evaluation's id is written with each new row (not nullable, never moved to another evaluation)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    @OrderBy("rowNo")
    private List<MainTaskRow> tasks = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    @OrderBy("rowNo")
    private List<Level1WeightRow> level1 = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    @OrderBy("rowNo")
    private List<SelfLevel1ScoreRow> selfLevel1Scores = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    @OrderBy("rowNo")
    private List<IndicatorRow> indicators = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
    @OrderBy("section")
    private List<ReportSectionRow> reportSections = new ArrayList<>();

    protected StoredForm() {
    }

    public StoredForm(SelfEvaluationDocument document) {
        apply(document);
    }

    /** Takes over every field of the form except its identity (department, year, kind, project). */
    public final void apply(SelfEvaluationDocument d) {
        schemeId = d.scheme();
        amountUnit = d.amountUnit();
        annualGoal = d.annualGoal() == null ? null : d.annualGoal().text();
        goalCompletion = d.annualGoal() == null ? null : d.annualGoal().completion();
        budget = new BudgetColumns(d.budget());
        SelfReported self = d.selfReported();
        selfBudgetScore = self == null ? null : self.budgetScore();
        selfTotal = self == null ? null : self.total();
        selfGrade = self == null ? null : self.grade();
        sync(tasks, d.tasks(), MainTaskRow::new, MainTaskRow::assign);
        sync(level1, d.level1() == null ? List.of() : d.level1(), Level1WeightRow::new, Level1WeightRow::assign);
        List<Map.Entry<String, BigDecimal>> scores = self == null ? List.of()
                : new ArrayList<>(self.level1Scores().entrySet());
        sync(selfLevel1Scores, scores, SelfLevel1ScoreRow::new,
                (row, i, entry) -> row.assign(i, entry.getKey(), entry.getValue()));
        sync(indicators, d.indicators(), IndicatorRow::new, IndicatorRow::assign);
        syncReport(d.report());
    }

    /** The score the rules give the form as it now stands and how many errors they find; set with every change. */
    public void recordScore(BigDecimal total, Grade grade, int errors, int pending) {
        this.computedTotal = total;
        this.computedGrade = grade;
        this.computedErrors = errors;
        this.computedPending = pending;
    }

    /** The form as a document again, with the identity its evaluation keeps. */
    public SelfEvaluationDocument toDocument(EvaluationKind kind, String department, String project, int year) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        selfLevel1Scores.forEach(row -> scores.put(row.getName(), row.getScore()));
        SelfReported self = selfBudgetScore == null && selfTotal == null && selfGrade == null && scores.isEmpty()
                ? null : new SelfReported(plain(selfBudgetScore), scores, plain(selfTotal), selfGrade);
        Map<ReportSection, String> report = new EnumMap<>(ReportSection.class);
        reportSections.forEach(row -> report.put(row.getSection(), row.getContent()));
        List<Level1Weight> weights = level1.isEmpty() ? null : level1.stream().map(Level1WeightRow::toLevel1).toList();
        return new SelfEvaluationDocument(kind, schemeId, department, project, year, amountUnit,
                annualGoal == null && goalCompletion == null ? null : new AnnualGoal(annualGoal, goalCompletion),
                tasks.stream().map(MainTaskRow::toTask).toList(), budget(), weights,
                indicators.stream().map(IndicatorRow::toIndicator).toList(), self, report);
    }

    /** The total the department printed on the form, if it printed one. */
    public BigDecimal selfTotal() {
        return plain(selfTotal);
    }

    public Grade selfGrade() {
        return selfGrade;
    }

    public int indicatorCount() {
        return indicators.size();
    }

    /** Makes {@code rows} hold {@code values} in order, reusing existing rows by position. */
    private static <R, V> void sync(List<R> rows, List<V> values, Supplier<R> create, RowAssigner<R, V> assign) {
        for (int i = 0; i < values.size(); i++) {
            if (i == rows.size()) {
                rows.add(create.get());
            }
            assign.assign(rows.get(i), i, values.get(i));
        }
        while (rows.size() > values.size()) {
            rows.removeLast();
        }
    }

    @FunctionalInterface
    private interface RowAssigner<R, V> {
        void assign(R row, int rowNo, V value);
    }

    private void syncReport(Map<ReportSection, String> report) {
        reportSections.removeIf(row -> !report.containsKey(row.getSection()));
        for (Map.Entry<ReportSection, String> entry : report.entrySet()) {
            reportSections.stream().filter(row -> row.getSection() == entry.getKey()).findFirst().ifPresentOrElse(
                    row -> row.setContent(entry.getValue()),
                    () -> reportSections.add(new ReportSectionRow(entry.getKey(), entry.getValue())));
        }
    }

    /** An unfilled draft's budget: JPA loads an embedded value whose columns are all empty as null. */
    private Budget budget() {
        return budget == null ? new Budget(null, null, null, null, null, null, null) : budget.toBudget();
    }

}
