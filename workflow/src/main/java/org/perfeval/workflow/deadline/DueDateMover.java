package org.perfeval.workflow.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.workflow.calendar.CalendarChanged;
import org.perfeval.workflow.calendar.WorkingCalendar;
import org.perfeval.workflow.process.ProcessVariables;
import org.perfeval.workflow.process.Step;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the calendar changes, the open tasks whose deadline counts working days across the changed day get their due
 * date, overdue timer and reminder timer counted again: the same number of working days from the same start, by
 * the new calendar. It runs in the change's transaction, so the calendar and the due dates move together or not at
 * all, and each moved task is audited. A task already overdue keeps its flag and date; a round's fixed drafting day
 * stays, only its reminder is counted again.
 */
@Component
class DueDateMover {

    private final TaskService tasks;
    private final ManagementService management;
    private final StageDeadlines settings;
    private final DueDateMoves moves;
    private final Clock clock;
    private final ZoneId zone;

    DueDateMover(TaskService tasks, ManagementService management, StageDeadlines settings, DueDateMoves moves,
                 Clock clock, ZoneId zone) {
        this.tasks = tasks;
        this.management = management;
        this.settings = settings;
        this.moves = moves;
        this.clock = clock;
        this.zone = zone;
    }

    @EventListener
    void on(CalendarChanged change) {
        Instant dayStarts = change.date().atStartOfDay(zone).toInstant();
        // only a task started before the day and due on it or later counts the day
        tasks.createTaskQuery().processDefinitionKey(Step.PROCESS).taskCreatedBefore(Date.from(dayStarts))
                .taskDueAfter(Date.from(dayStarts.minusMillis(1))).list()
                .forEach(task -> Step.ofTask(task.getTaskDefinitionKey()).ifPresent(step -> move(task, step, change)));
    }

    private void move(Task task, Step step, CalendarChanged change) {
        boolean counted = settings.findById(step.status()).map(s -> s.toView().workingDays()).orElse(false);
        if (!counted || Boolean.TRUE.equals(tasks.getVariableLocal(task.getId(), ProcessVariables.OVERDUE))) {
            return;
        }
        Instant start = task.getCreateTime().toInstant();
        Instant due = task.getDueDate().toInstant();
        boolean fixedDay = step.status() == EvaluationStatus.DRAFTING
                && tasks.getVariable(task.getId(), ProcessVariables.ROUND_DUE) instanceof String;
        Instant newDue = fixedDay ? due
                : change.after().plus(start, change.before().workingDaysBetween(day(start), day(due)), zone);
        for (Job timer : management.createTimerJobQuery().processInstanceId(task.getProcessInstanceId()).list()) {
            if (timer.getElementId().equals(step.taskKey() + "Overdue")) {
                reschedule(timer, newDue);
            } else if (timer.getElementId().equals(step.taskKey() + "Reminder")) {
                reschedule(timer, reminder(timer.getDuedate().toInstant(), start, due, newDue, fixedDay, change));
            }
        }
        if (!newDue.equals(due)) {
            tasks.setDueDate(task.getId(), Date.from(newDue));
            long evaluationId = ((Number) tasks.getVariable(task.getId(), ProcessVariables.EVALUATION_ID)).longValue();
            moves.save(new DueDateMove(evaluationId, task.getId(), step.status(), due, newDue, change.date(),
                    change.actor(), change.at()));
        }
    }

    /**
     * The reminder counted again: as many working days after the start as before, or, before a round's fixed day,
     * as many working days before it; never before now.
     */
    private Instant reminder(Instant remind, Instant start, Instant due, Instant newDue, boolean fixedDay,
                             CalendarChanged change) {
        WorkingCalendar before = change.before();
        Instant moved = fixedDay
                ? change.after().minus(due, before.workingDaysBetween(day(remind).minusDays(1), day(due).minusDays(1)),
                        zone)
                : change.after().plus(start, before.workingDaysBetween(day(start), day(remind)), zone);
        Instant now = clock.instant();
        Instant latest = moved.isAfter(newDue) ? newDue : moved;
        return latest.isBefore(now) ? now : latest;
    }

    private void reschedule(Job timer, Instant when) {
        if (!timer.getDuedate().toInstant().equals(when)) {
            management.rescheduleTimeDateJob(timer.getId(), when.toString());
        }
    }

    private LocalDate day(Instant moment) {
        return moment.atZone(zone).toLocalDate();
    }
}
