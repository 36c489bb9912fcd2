package org.perfeval.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;

import java.time.Duration;
import java.util.List;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.WorkflowTestApplication;
import org.perfeval.core.account.AccountService;
import org.perfeval.core.department.DepartmentService;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.MariaDb;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.workflow.notification.NotificationKind;
import org.perfeval.workflow.notification.NotificationService;
import org.perfeval.workflow.notification.NotificationView;
import org.perfeval.workflow.testing.MovableClock;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A deadline timer set before the application stops still fires after it starts again, on the same database. */
@ExtendWith(MariaDb.class)
class TimersSurviveRestartIT {

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(WorkflowTestApplication.class).run(
                "--spring.datasource.url=" + MariaDb.url(), "--spring.datasource.username=" + MariaDb.user(),
                "--spring.datasource.password=" + MariaDb.password(), "--server.port=0",
                "--flowable.async-executor-activate=false", "--logging.level.root=WARN");
    }

    @Test
    void aReminderSetBeforeARestartFiresAfterIt() {
        long id;
        String processInstance;
        try (ConfigurableApplicationContext first = start()) {
            TestDirectory.ensure(first.getBean(DepartmentService.class), first.getBean(AccountService.class));
            UserDetailsService users = first.getBean(UserDetailsService.class);
            id = TestDirectory.as(users, OFFICE_DRAFTER,
                    () -> first.getBean(EvaluationService.class).importJson(Forms.submittable())).id();
            processInstance = first.getBean(TaskService.class).createTaskQuery()
                    .processInstanceBusinessKey(String.valueOf(id)).singleResult().getProcessInstanceId();
        }

        try (ConfigurableApplicationContext second = start()) {
            ManagementService management = second.getBean(ManagementService.class);
            List<Job> timers = management.createTimerJobQuery().processInstanceId(processInstance).list();
            assertThat(timers).hasSize(2);
            Job reminder = timers.stream().min((a, b) -> a.getDuedate().compareTo(b.getDuedate())).orElseThrow();
            MovableClock clock = second.getBean(MovableClock.class);
            clock.set(reminder.getDuedate().toInstant().plusSeconds(60));
            management.executeJob(management.moveTimerToExecutableJob(reminder.getId()).getId());
            clock.reset();

            UserDetailsService users = second.getBean(UserDetailsService.class);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestDirectory.as(users,
                            OFFICE_DRAFTER, () -> second.getBean(NotificationService.class).mine()))
                    .filteredOn(n -> n.evaluationId() == id).extracting(NotificationView::kind)
                    .containsExactly(NotificationKind.REMINDER));
        }
    }
}
