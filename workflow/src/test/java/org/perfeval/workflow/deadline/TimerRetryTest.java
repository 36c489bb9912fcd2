package org.perfeval.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.workflow.notification.NotificationKind;
import org.perfeval.workflow.notification.NotificationService;
import org.perfeval.workflow.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A timer job that fails after publishing its event (as if the node died before commit) is retried by Flowable; the
 * failed attempt's event went with its transaction, so everyone is told once.
 */
@SpringBootTest
@Import(TimerRetryTest.CrashOnce.class)
@WithTestDirectory
class TimerRetryTest {

    /** Fails the first overdue event it sees inside the timer's transaction. */
    @TestConfiguration
    static class CrashOnce {

        final AtomicBoolean armed = new AtomicBoolean(true);

        @EventListener
        void on(TaskOverdue overdue) {
            if (armed.getAndSet(false)) {
                throw new IllegalStateException("node lost before commit");
            }
        }
    }

    @Autowired
    ManagementService management;
    @Autowired
    TaskService taskService;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Job overdueTimer(String processInstance) {
        return management.createTimerJobQuery().processInstanceId(processInstance).list().stream()
                .filter(job -> job.getElementId().endsWith("Overdue")).findFirst().orElseThrow();
    }

    private long overdueNotices(String user, long id) {
        return TestDirectory.as(users, user, () -> notifications.mine()).stream()
                .filter(n -> n.evaluationId() == id && n.kind() == NotificationKind.OVERDUE).count();
    }

    @Test
    void aTimerRetriedAfterAFailedAttemptNotifiesOnce() {
        clock.set(Instant.parse("2026-11-23T01:00:00Z"));
        long id = TestDirectory.as(users, OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittable())).id();
        String instance = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .singleResult().getProcessInstanceId();

        Job first = overdueTimer(instance);
        clock.set(first.getDuedate().toInstant().plusSeconds(60));
        String firstRun = management.moveTimerToExecutableJob(first.getId()).getId();
        assertThatThrownBy(() -> management.executeJob(firstRun)).hasStackTraceContaining("node lost before commit");

        List<Job> retried = management.createTimerJobQuery().processInstanceId(instance).list().stream()
                .filter(job -> job.getElementId().endsWith("Overdue")).toList();
        assertThat(retried).singleElement().satisfies(job -> assertThat(job.getRetries()).isLessThan(3));
        clock.set(retried.getFirst().getDuedate().toInstant().plusSeconds(60));
        management.executeJob(management.moveTimerToExecutableJob(retried.getFirst().getId()).getId());

        await().atMost(Duration.ofSeconds(10)).until(() -> overdueNotices(OFFICE_DRAFTER, id) == 1
                && overdueNotices(OFFICE_REVIEWER, id) == 1);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> overdueNotices(OFFICE_DRAFTER, id) == 1);
        assertThat(taskService.getVariableLocal(taskService.createTaskQuery().processInstanceId(instance)
                .singleResult().getId(), "overdue")).isEqualTo(true);
    }
}
