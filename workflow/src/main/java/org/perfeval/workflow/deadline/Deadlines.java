package org.perfeval.workflow.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

import org.flowable.engine.delegate.DelegateExecution;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.workflow.calendar.CalendarService;
import org.perfeval.workflow.process.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Due and reminder dates for the process's tasks, read from the administrators' settings when the task is created
 * (the BPMN calls {@code deadlines.due} and {@code deadlines.reminder}). Flowable's clock is the platform's clock, so
 * tests and timers agree; days are counted in the platform's zone, working days by the official calendar.
 */
@Component("deadlines")
class Deadlines {

    private final StageDeadlines settings;
    private final CalendarService calendar;
    private final Clock clock;
    private final ZoneId zone;

    Deadlines(StageDeadlines settings, CalendarService calendar, Clock clock, ZoneId zone) {
        this.settings = settings;
        this.calendar = calendar;
        this.clock = clock;
        this.zone = zone;
    }

    public Date due(DelegateExecution execution, String stage) {
        return Date.from(roundDue(execution, stage).orElseGet(() -> {
            DeadlineView view = setting(stage);
            return WorkingDays.plus(clock.instant(), view.daysAllowed(), view.workingDays(), calendar.calendar(),
                    zone);
        }));
    }

    /**
     * A round's due day for the first drafting: the end of that day in the platform's zone. A form returned to
     * drafting later keeps the same day, as the bureau's round fixed it.
     */
    private Optional<Instant> roundDue(DelegateExecution execution, String stage) {
        if (!EvaluationStatus.DRAFTING.name().equals(stage)
                || !(execution.getVariable(ProcessVariables.ROUND_DUE) instanceof String day)) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.parse(day).plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1));
    }

    /**
     * The reminder: remindBeforeDays before the due date (working days when the stage counts them), but never before
     * now.
     */
    public Date reminder(DelegateExecution execution, String stage) {
        DeadlineView view = setting(stage);
        Instant start = clock.instant();
        Instant remind = roundDue(execution, stage)
                .map(due -> WorkingDays.minus(due, view.remindBeforeDays(), view.workingDays(), calendar.calendar(),
                        zone))
                .orElseGet(() -> WorkingDays.plus(start, view.daysAllowed() - view.remindBeforeDays(),
                        view.workingDays(), calendar.calendar(), zone));
        return Date.from(remind.isBefore(start) ? start : remind);
    }

    private DeadlineView setting(String stage) {
        return settings.findById(EvaluationStatus.valueOf(stage)).map(StageDeadline::toView)
                .orElseThrow(() -> new IllegalStateException("no deadline set for " + stage));
    }
}
