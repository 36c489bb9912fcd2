package org.perfeval.workflow.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.security.Role;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.workflow.process.StepTaken;
import org.perfeval.workflow.process.WorkflowAction;
import org.perfeval.workflow.process.WorkflowService;
import org.perfeval.workflow.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The business figures as the workflow makes them: a step counts once it has committed, under the stage it was taken
 * at; the task gauges count open and overdue tasks, read again only once the refresh time has passed; every scoring
 * is timed.
 */
@SpringBootTest
@WithTestDirectory
class WorkflowMetricsTest {

    private static final Duration REFRESH = Duration.ofSeconds(15);

    @Autowired
    MeterRegistry registry;
    @Autowired
    MovableClock clock;
    @Autowired
    WorkflowService workflow;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCommittedStepCountsUnderItsStageAndActionAndARolledBackOneDoesNot() {
        long id = imported();
        double submits = steps("DRAFTING", "SUBMIT");
        TestDirectory.as(users, OFFICE_DRAFTER, () -> workflow.submit(id));
        assertThat(steps("DRAFTING", "SUBMIT")).isEqualTo(submits + 1);

        double claims = steps("INTERNAL_REVIEW", "CLAIM");
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new StepTaken(UUID.randomUUID(), id, TestDirectory.OFFICE, TestDirectory.OFFICE_NAME,
                    2021, WorkflowAction.CLAIM, EvaluationStatus.INTERNAL_REVIEW, EvaluationStatus.INTERNAL_REVIEW,
                    TestDirectory.OFFICE_REVIEWER, Role.DEPT_REVIEWER, null, null, clock.instant()));
            status.setRollbackOnly();
        });
        assertThat(steps("INTERNAL_REVIEW", "CLAIM")).isEqualTo(claims);
    }

    @Test
    void theTaskGaugesCountOpenAndOverdueTasksAndReadTheDatabaseOncePerRefresh() {
        clock.set(clock.instant().plus(REFRESH));
        double open = gauge("perfeval.tasks.open", "DRAFTING");
        imported();
        assertThat(gauge("perfeval.tasks.open", "DRAFTING")).as("still the reading of a moment ago").isEqualTo(open);

        clock.set(clock.instant().plus(REFRESH));
        assertThat(gauge("perfeval.tasks.open", "DRAFTING")).isEqualTo(open + 1);
        assertThat(gauge("perfeval.tasks.overdue", "DRAFTING")).isLessThan(open + 1);

        clock.set(clock.instant().plus(Duration.ofDays(400)));
        assertThat(gauge("perfeval.tasks.overdue", "DRAFTING")).as("every drafting task is late a year on")
                .isEqualTo(gauge("perfeval.tasks.open", "DRAFTING"));
        for (String stage : new String[] {"INTERNAL_REVIEW", "FINANCE_CHECK", "RECTIFICATION", "PUBLICATION"}) {
            assertThat(gauge("perfeval.tasks.open", stage)).isNotNaN().isGreaterThanOrEqualTo(0);
        }
        assertThat(registry.get("perfeval.outbox.mails").tag("status", "pending").gauge().value()).isNotNaN();
        assertThat(registry.get("perfeval.outbox.events").gauge().value()).isNotNaN();
    }

    @Test
    void everyScoringIsTimed() {
        long id = imported();
        long before = registry.get("perfeval.scoring").timer().count();
        TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.score(id));
        assertThat(registry.get("perfeval.scoring").timer().count()).isGreaterThan(before);
    }

    private long imported() {
        return TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittable())).id();
    }

    private double steps(String stage, String action) {
        var counter = registry.find(StepCounter.NAME).tag("stage", stage).tag("action", action).counter();
        return counter == null ? 0 : counter.count();
    }

    private double gauge(String name, String stage) {
        return registry.get(name).tag("stage", stage).gauge().value();
    }
}
