package org.perfeval.core.evaluation;

import static org.perfeval.scoring.document.Decimals.plain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.perfeval.core.department.Department;
import org.perfeval.scoring.document.AmountUnit;
import org.perfeval.scoring.document.AnnualGoal;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.Grade;
import org.perfeval.scoring.document.Level1Weight;
import org.perfeval.scoring.document.ReportSection;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.document.SelfReported;
import org.perfeval.scoring.engine.ScoreResult;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A department's self-evaluation for one year (and, for a project evaluation, one project). Its rows are updated in
 * place, so a row keeps its identity across edits; {@code version} guards against concurrent edits.
 */
@Entity
@Table(name = "self_evaluation")
class SelfEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EvaluationKind kind;

    @Column(name = "project_name", nullable = false, length = ColumnLimits.PROJECT)
    private String projectName;

    @Column(name = "scheme_id", length = ColumnLimits.SCHEME)
    private String schemeId;

    @Convert(converter = AmountUnitConverter.class)
    @Column(name = "amount_unit", nullable = false, length = 8)
    private AmountUnit amountUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EvaluationStatus status;

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

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rowNo")
    private List<MainTaskRow> tasks = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rowNo")
    private List<Level1WeightRow> level1 = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rowNo")
    private List<SelfLevel1ScoreRow> selfLevel1Scores = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rowNo")
    private List<IndicatorRow> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("section")
    private List<ReportSectionRow> reportSections = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("createdAt, id")
    private List<ReviewComment> comments = new ArrayList<>();

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("uploadedAt, id")
    private List<Attachment> attachments = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    protected SelfEvaluation() {
    }

    SelfEvaluation(Department department, SelfEvaluationDocument document, String user, Instant now) {
        this.department = department;
        this.fiscalYear = document.year();
        this.kind = document.kind();
        this.projectName = document.project() == null ? "" : document.project();
        this.status = EvaluationStatus.DRAFTING;
        this.createdAt = now;
        this.createdBy = user;
        apply(document, user, now);
    }

    /** Takes over every field of the form except its identity (department, year, kind, project). */
    /** The score the rules give the form as it now stands; set with every change of the form. */
    void recordScore(BigDecimal total, Grade grade) {
        this.computedTotal = total;
        this.computedGrade = grade;
    }

    void apply(SelfEvaluationDocument d, String user, Instant now) {
        schemeId = d.scheme();
        amountUnit = d.amountUnit();
        annualGoal = d.annualGoal() == null ? null : d.annualGoal().text();
        goalCompletion = d.annualGoal() == null ? null : d.annualGoal().completion();
        budget = new BudgetColumns(d.budget());
        SelfReported self = d.selfReported();
        selfBudgetScore = self == null ? null : self.budgetScore();
        selfTotal = self == null ? null : self.total();
        selfGrade = self == null ? null : self.grade();
        sync(tasks, d.tasks(), () -> new MainTaskRow(this), MainTaskRow::assign);
        sync(level1, d.level1() == null ? List.of() : d.level1(), () -> new Level1WeightRow(this),
                Level1WeightRow::assign);
        List<Map.Entry<String, BigDecimal>> scores = self == null ? List.of()
                : new ArrayList<>(self.level1Scores().entrySet());
        sync(selfLevel1Scores, scores, () -> new SelfLevel1ScoreRow(this),
                (row, i, entry) -> row.assign(i, entry.getKey(), entry.getValue()));
        sync(indicators, d.indicators(), () -> new IndicatorRow(this), IndicatorRow::assign);
        syncReport(d.report());
        // a save always changes this row, even when only child rows changed, so that its version moves on by one
        // and a concurrent save of the same version fails
        updatedAt = updatedAt != null && !now.isAfter(updatedAt) ? updatedAt.plusSeconds(1) : now;
        updatedBy = user;
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
                    () -> reportSections.add(new ReportSectionRow(this, entry.getKey(), entry.getValue())));
        }
    }

    SelfEvaluationDocument toDocument() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        selfLevel1Scores.forEach(row -> scores.put(row.getName(), row.getScore()));
        SelfReported self = selfBudgetScore == null && selfTotal == null && selfGrade == null && scores.isEmpty()
                ? null : new SelfReported(plain(selfBudgetScore), scores, plain(selfTotal), selfGrade);
        Map<ReportSection, String> report = new EnumMap<>(ReportSection.class);
        reportSections.forEach(row -> report.put(row.getSection(), row.getContent()));
        List<Level1Weight> weights = level1.isEmpty() ? null : level1.stream().map(Level1WeightRow::toLevel1).toList();
        return new SelfEvaluationDocument(kind, schemeId, department.getName(),
                projectName.isEmpty() ? null : projectName, fiscalYear, amountUnit,
                annualGoal == null && goalCompletion == null ? null : new AnnualGoal(annualGoal, goalCompletion),
                tasks.stream().map(MainTaskRow::toTask).toList(), budget.toBudget(), weights,
                indicators.stream().map(IndicatorRow::toIndicator).toList(), self, report);
    }

    EvaluationSummary toSummary(ScoreResult score) {
        return new EvaluationSummary(id, department.getCode(), department.getName(), fiscalYear, kind,
                projectName.isEmpty() ? null : projectName, status, version, plain(selfTotal), selfGrade, score.total(),
                score.grade(), score.errors().size(), updatedAt, updatedBy);
    }

    /** Comments are appended, never edited; they do not change the form, so its version stays. */
    CommentView addComment(ReviewComment comment, SelfEvaluationRepository repository) {
        comments.add(comment);
        repository.flush();
        return comment.toView();
    }

    AttachmentView addAttachment(Attachment attachment, SelfEvaluationRepository repository) {
        attachments.add(attachment);
        repository.flush();
        return attachment.toView();
    }

    List<ReviewComment> comments() {
        return comments;
    }

    List<Attachment> attachments() {
        return attachments;
    }

    /** Raises the version too: an edit prepared before the form moved on is refused as a conflict. */
    void moveTo(EvaluationStatus next) {
        status = next;
    }

    int indicatorCount() {
        return indicators.size();
    }

    Long getId() {
        return id;
    }

    Department getDepartment() {
        return department;
    }

    int getFiscalYear() {
        return fiscalYear;
    }

    EvaluationKind getKind() {
        return kind;
    }

    String getProjectName() {
        return projectName;
    }

    EvaluationStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
