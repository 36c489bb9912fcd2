package org.perfeval.workflow.process;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.delegate.DelegateExecution;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.springframework.stereotype.Component;

/**
 * Due and reminder dates for the process's tasks, read from the administrators' settings when the task is created
 * (the BPMN calls {@code deadlines.due} and {@code deadlines.reminder}). Time is Flowable's clock, so that tests and
 * timers agree; days are counted in China's time zone.
 */
@Component("deadlines")
class Deadlines {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final StageDeadlines settings;
    private final ProcessEngineConfiguration engine;

    Deadlines(StageDeadlines settings, ProcessEngineConfiguration engine) {
        this.settings = settings;
        this.engine = engine;
    }

    public Date due(DelegateExecution execution, String stage) {
        StageDeadline deadline = setting(stage);
        DeadlineView view = deadline.toView();
        return Date.from(plusDays(now(), view.daysAllowed(), view.workingDays()));
    }

    /** The reminder: remindBeforeDays before the due date, but never before now. */
    public Date reminder(DelegateExecution execution, String stage) {
        DeadlineView view = setting(stage).toView();
        Instant start = now();
        Instant remind = plusDays(start, view.daysAllowed() - view.remindBeforeDays(), view.workingDays());
        return Date.from(remind.isBefore(start) ? start : remind);
    }

    private StageDeadline setting(String stage) {
        return settings.findById(EvaluationStatus.valueOf(stage))
                .orElseThrow(() -> new IllegalStateException("no deadline set for " + stage));
    }

    private Instant now() {
        return engine.getClock().getCurrentTime().toInstant();
    }

    static Instant plusDays(Instant start, int days, boolean workingDays) {
        ZonedDateTime time = start.atZone(CHINA);
        if (!workingDays) {
            return time.plusDays(days).toInstant();
        }
        int left = days;
        while (left > 0) {
            time = time.plusDays(1);
            if (time.getDayOfWeek() != DayOfWeek.SATURDAY && time.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return time.toInstant();
    }
}
