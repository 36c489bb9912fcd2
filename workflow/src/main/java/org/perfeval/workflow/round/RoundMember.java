package org.perfeval.workflow.round;

import org.perfeval.scoring.document.EvaluationKind;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A department a round covers, with the draft it opened (none for a project round, whose drafters start each
 * project's form themselves). Unique per department, year and kind: a department is in one round of each.
 */
@Entity
@Table(name = "evaluation_round_member")
class RoundMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id", nullable = false)
    private Long roundId;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Column(name = "fiscal_year", nullable = false)
    private int fiscalYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EvaluationKind kind;

    @Column(name = "evaluation_id")
    private Long evaluationId;

    protected RoundMember() {
    }

    RoundMember(Round round, Long departmentId, Long evaluationId) {
        this.roundId = round.getId();
        this.departmentId = departmentId;
        this.fiscalYear = round.getFiscalYear();
        this.kind = round.getKind();
        this.evaluationId = evaluationId;
    }

    Long getRoundId() {
        return roundId;
    }

    Long getDepartmentId() {
        return departmentId;
    }

    Long getEvaluationId() {
        return evaluationId;
    }
}
