package org.perfeval.workflow.deadline;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;
import org.perfeval.core.evaluation.EvaluationStatus;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An open task's due date moved by a change of the working-day calendar: from when to when, and whose change. */
@Entity
@Immutable
@Table(name = "due_date_move")
class DueDateMove {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evaluation_id", nullable = false)
    private long evaluationId;

    @Column(name = "task_id", nullable = false, length = 64)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private EvaluationStatus stage;

    @Column(name = "due_before", nullable = false)
    private Instant dueBefore;

    @Column(name = "due_after", nullable = false)
    private Instant dueAfter;

    @Column(name = "calendar_date", nullable = false)
    private LocalDate calendarDate;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    protected DueDateMove() {
    }

    DueDateMove(long evaluationId, String taskId, EvaluationStatus stage, Instant dueBefore, Instant dueAfter,
                LocalDate calendarDate, String actor, Instant movedAt) {
        this.evaluationId = evaluationId;
        this.taskId = taskId;
        this.stage = stage;
        this.dueBefore = dueBefore;
        this.dueAfter = dueAfter;
        this.calendarDate = calendarDate;
        this.actor = actor;
        this.movedAt = movedAt;
    }

    DueDateMoveView toView() {
        return new DueDateMoveView(stage, dueBefore, dueAfter, calendarDate, actor, movedAt);
    }
}
