package org.perfeval.workflow.round;

import java.time.Instant;
import java.time.LocalDate;

import org.perfeval.scoring.document.EvaluationKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A round a finance bureau opened: the year and kind of form its departments file, and when they are due. */
@Entity
@Table(name = "evaluation_round")
class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "bureau_id", nullable = false)
    private Long bureauId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EvaluationKind kind;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected Round() {
    }

    Round(Long bureauId, int fiscalYear, EvaluationKind kind, LocalDate dueDate, String openedBy, Instant openedAt) {
        this.bureauId = bureauId;
        this.fiscalYear = fiscalYear;
        this.kind = kind;
        this.dueDate = dueDate;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    Long getId() {
        return id;
    }

    Long getBureauId() {
        return bureauId;
    }

    int getFiscalYear() {
        return fiscalYear;
    }

    EvaluationKind getKind() {
        return kind;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    String getOpenedBy() {
        return openedBy;
    }

    Instant getOpenedAt() {
        return openedAt;
    }
}
