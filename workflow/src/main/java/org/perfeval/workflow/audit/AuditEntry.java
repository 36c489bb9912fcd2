package org.perfeval.workflow.audit;

import java.time.Instant;

import org.hibernate.annotations.Immutable;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.workflow.process.WorkflowAction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One action in an evaluation's history: who, in which role, when, from which stage to which, and why. */
@Entity
@Immutable
@Table(name = "workflow_audit")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "actor_role", nullable = false, length = 32)
    private String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private WorkflowAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false, length = 32)
    private EvaluationStatus fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 32)
    private EvaluationStatus toStage;

    @Column(length = 4000)
    private String reason;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected AuditEntry() {
    }

    AuditEntry(long evaluationId, String actor, String actorRole, WorkflowAction action, EvaluationStatus fromStage,
               EvaluationStatus toStage, String reason, Instant actedAt) {
        this.evaluationId = evaluationId;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.reason = reason;
        this.actedAt = actedAt;
    }

    AuditView toView() {
        return new AuditView(id, actor, actorRole, action, fromStage, toStage, reason, actedAt);
    }
}
