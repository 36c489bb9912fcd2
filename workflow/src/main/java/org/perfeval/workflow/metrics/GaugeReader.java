package org.perfeval.workflow.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

import org.flowable.engine.TaskService;
import org.perfeval.workflow.metrics.GaugeReading.MailState;
import org.perfeval.workflow.process.Step;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts what the gauges show, with counting queries only (no row is loaded): a task is open while the process waits
 * on it, overdue once its due date has passed on the platform's clock; a mail is in the outbox while pending, being
 * sent or failed; an event publication until its listener completed it.
 */
@Component
class GaugeReader {

    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    GaugeReader(TaskService tasks, JdbcTemplate jdbc, Clock clock) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    GaugeReading read(Instant now) {
        Map<Step, Long> open = new EnumMap<>(Step.class);
        Map<Step, Long> overdue = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            open.put(step, tasks.createTaskQuery().processDefinitionKey(Step.PROCESS)
                    .taskDefinitionKey(step.taskKey()).count());
            overdue.put(step, tasks.createTaskQuery().processDefinitionKey(Step.PROCESS)
                    .taskDefinitionKey(step.taskKey()).taskDueBefore(Date.from(now)).count());
        }
        Map<MailState, Long> mails = new EnumMap<>(MailState.class);
        jdbc.query("select mail_status, count(*) from notification where mail_status in ('PENDING', 'SENDING', "
                + "'FAILED') group by mail_status", row -> {
                    mails.put(MailState.valueOf(row.getString(1)), row.getLong(2));
                });
        Long events = jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Long.class);
        return new GaugeReading(open, overdue, mails, events == null ? 0 : events);
    }
}
