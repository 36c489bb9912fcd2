package org.perfeval.workflow.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.flowable.engine.delegate.DelegateExecution;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.springframework.stereotype.Component;

/**
 * Due and reminder dates for the process's tasks, read from the administrators' settings when the task is created
 * (the BPMN calls {@code deadlines.due} and {@code deadlines.reminder}). Flowable's clock is the platform's clock, so
 * tests and timers agree; days are counted in the platform's zone.
 */
@Component("deadlines")
class Deadlines {

    private final StageDeadlines settings;
    private final Clock clock;
    private final ZoneId zone;

    Deadlines(StageDeadlines settings, Clock clock, ZoneId zone) {
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
    }

    public Date due(DelegateExecution execution, String stage) {
        DeadlineView view = setting(stage);
        return Date.from(WorkingDays.plus(clock.instant(), view.daysAllowed(), view.workingDays(), zone));
    }

    /** The reminder: remindBeforeDays before the due date, but never before now. */
    public Date reminder(DelegateExecution execution, String stage) {
        DeadlineView view = setting(stage);
        Instant start = clock.instant();
        Instant remind = WorkingDays.plus(start, view.daysAllowed() - view.remindBeforeDays(), view.workingDays(),
                zone);
        return Date.from(remind.isBefore(start) ? start : remind);
    }

    private DeadlineView setting(String stage) {
        return settings.findById(EvaluationStatus.valueOf(stage)).map(StageDeadline::toView)
                .orElseThrow(() -> new IllegalStateException("no deadline set for " + stage));
    }
}
