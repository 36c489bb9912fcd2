package org.perfeval.workflow.deadline;

import java.time.Instant;

import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How long a stage may take, when to remind before it runs out, and whom to escalate to when it is overdue. */
@Entity
@Table(name = "stage_deadline")
class StageDeadline {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private EvaluationStatus stage;

    @Column(name = "days_allowed", nullable = false)
    private int daysAllowed;

    @Column(name = "working_days", nullable = false)
    private boolean workingDays;

    @Column(name = "remind_before_days", nullable = false)
    private int remindBeforeDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalate_to", nullable = false, length = 32)
    private Role escalateTo;

    @Version
    private long version;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StageDeadline() {
    }

    void change(DeadlineView view, String user, Instant now) {
        this.daysAllowed = view.daysAllowed();
        this.workingDays = view.workingDays();
        this.remindBeforeDays = view.remindBeforeDays();
        this.escalateTo = view.escalateTo();
        this.updatedBy = user;
        this.updatedAt = now;
    }

    long version() {
        return version;
    }

    DeadlineView toView() {
        return new DeadlineView(stage, daysAllowed, workingDays, remindBeforeDays, escalateTo, version, updatedBy,
                updatedAt);
    }
}
