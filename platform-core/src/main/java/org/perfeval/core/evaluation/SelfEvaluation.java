package org.perfeval.core.evaluation;

import java.time.Instant;

import org.perfeval.core.department.DepartmentView;
import org.perfeval.core.evaluation.form.ColumnLimits;
import org.perfeval.core.evaluation.form.StoredForm;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.scoring.document.SelfEvaluationDocument;
import org.perfeval.scoring.result.ScoreResult;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A department's self-evaluation for one year (and, for a project evaluation, one project): its identity, where it
 * stands, and its form. {@code version} guards against concurrent edits. The department is kept by id and read
 * through the department service.
 */
@Entity
@Table(name = "self_evaluation")
class SelfEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EvaluationKind kind;

    @Column(name = "project_name", nullable = false, length = ColumnLimits.PROJECT)
    private String projectName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EvaluationStatus status;

    @Embedded
    private StoredForm form;

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

    SelfEvaluation(DepartmentView department, SelfEvaluationDocument document, String user, Instant now) {
        this.departmentId = department.id();
        this.fiscalYear = document.year();
        this.kind = document.kind();
        this.projectName = document.project() == null ? "" : document.project();
        this.status = EvaluationStatus.DRAFTING;
        this.form = new StoredForm(document);
        this.createdAt = now;
        this.createdBy = user;
        touch(user, now);
    }

    /** Takes over every field of the form except its identity (department, year, kind, project). */
    void apply(SelfEvaluationDocument document, String user, Instant now) {
        form.apply(document);
        touch(user, now);
    }

    /**
     * A save always changes this row, even when only child rows changed, so that its version moves on by one and a
     * concurrent save of the same version fails.
     */
    private void touch(String user, Instant now) {
        updatedAt = updatedAt != null && !now.isAfter(updatedAt) ? updatedAt.plusSeconds(1) : now;
        updatedBy = user;
    }

    /** The figures the rules give the form as it now stands: only {@link EvaluationFigures} sets them. */
    void recordFigures(ScoreResult score) {
        form.recordScore(score.total(), score.grade(), score.errors().size(), score.unverifiedCount());
    }

    /** The score changed without an edit of the form (a decision on a row): the version moves on. */
    void rescored(String user, Instant now) {
        touch(user, now);
    }

    /** The form as a document; {@code department} is this evaluation's, whose name the document carries. */
    SelfEvaluationDocument toDocument(DepartmentView department) {
        return form.toDocument(kind, department.name(), projectName.isEmpty() ? null : projectName, fiscalYear);
    }

    EvaluationSummary toSummary(DepartmentView department, ScoreResult score) {
        return new EvaluationSummary(id, department.code(), department.name(), fiscalYear, kind,
                projectName.isEmpty() ? null : projectName, status, version, form.selfTotal(), form.selfGrade(),
                score.total(), score.grade(), score.errors().size(), score.unverifiedCount(), updatedAt,
                updatedBy);
    }

    /** Raises the version too: an edit prepared before the form moved on is refused as a conflict. */
    void moveTo(EvaluationStatus next) {
        status = next;
    }

    Long getId() {
        return id;
    }

    Long getDepartmentId() {
        return departmentId;
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
