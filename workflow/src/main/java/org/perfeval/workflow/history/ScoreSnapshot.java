package org.perfeval.workflow.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.hibernate.annotations.Immutable;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.scoring.document.Decimals;
import org.perfeval.workflow.process.WorkflowAction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The score at one step of the workflow: the scheme and version used, total, grade, findings, the form as it was
 * (to tell what changed by the next submission) and the rows that changed since the previous submission.
 */
@Entity
@Immutable
@Table(name = "score_snapshot")
class ScoreSnapshot {

    /** A form or its findings as JSON; the API accepts forms of at most 1 MiB. */
    static final int LONG_TEXT = 1_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EvaluationStatus stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private WorkflowAction action;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "scheme_id", nullable = false, length = 64)
    private String schemeId;

    @Column(name = "scheme_version", nullable = false)
    private int schemeVersion;

    @Column(nullable = false, precision = 9, scale = 4)
    private BigDecimal total;

    @Column(nullable = false, length = 8)
    private String grade;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "findings_json", nullable = false, length = LONG_TEXT)
    private String findingsJson;

    @Column(name = "changed_rows", nullable = false, length = 4000)
    private String changedRows;

    @Column(name = "document_json", nullable = false, length = LONG_TEXT)
    private String documentJson;

    protected ScoreSnapshot() {
    }

    ScoreSnapshot(long evaluationId, EvaluationStatus stage, WorkflowAction action, String actor, Instant takenAt,
                  String schemeId, int schemeVersion, BigDecimal total, String grade, int errorCount,
                  String findingsJson, String changedRows, String documentJson) {
        this.evaluationId = evaluationId;
        this.stage = stage;
        this.action = action;
        this.actor = actor;
        this.takenAt = takenAt;
        this.schemeId = schemeId;
        this.schemeVersion = schemeVersion;
        this.total = total;
        this.grade = grade;
        this.errorCount = errorCount;
        this.findingsJson = findingsJson;
        this.changedRows = changedRows;
        this.documentJson = documentJson;
    }

    String documentJson() {
        return documentJson;
    }

    ScoreSnapshotView toView() {
        return new ScoreSnapshotView(id, stage, action, actor, takenAt, schemeId, schemeVersion,
                Decimals.plain(total), grade, errorCount, findingsJson,
                changedRows.isEmpty() ? List.of() : Arrays.stream(changedRows.split(","))
                        .map(Integer::valueOf).toList());
    }
}
