package org.perfeval.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Notifications go out after the step commits, from the notification table as a durable outbox: nothing for a step
 * that rolled back, a mail the server refused is tried again and then delivered once, and an event handled twice
 * notifies once.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3026",
        "perfeval.notifications.retry-interval=1h"})
@WithTestDirectory
class NotificationOutboxTest {

    private static final int SMTP_PORT = 3026;

    @Autowired
    WorkflowService workflow;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    NotificationService notifications;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    WorkflowNotifications listener;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));


    @AfterEach
    void stop() {
        smtp.stop();
        clock.reset();
    }

    private <T> T as(String user, Supplier<T> work) {
        return TestDirectory.as(users, user, work);
    }

    private void as(String user, Runnable work) {
        TestDirectory.as(users, user, work);
    }

    private long submitted() {
        long id = as(OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittable())).id();
        as(OFFICE_DRAFTER, () -> workflow.submit(id));
        return id;
    }

    private List<NotificationView> drafterNotices(long id) {
        return as(OFFICE_DRAFTER, () -> notifications.mine()).stream().filter(n -> n.evaluationId() == id).toList();
    }

    private String mailStatus(long id) {
        return jdbc.queryForObject("select mail_status from notification where evaluation_id = ? and recipient = ?",
                String.class, id, OFFICE_DRAFTER);
    }

    @Test
    void aStepRolledBackNotifiesNobodyAndLeavesNoEventBehind() {
        long id = submitted();
        long publications = jdbc.queryForObject("select count(*) from event_publication", Long.class);

        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, "请补充"));
            tx.setRollbackOnly();
        });

        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> drafterNotices(id).isEmpty());
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class)).isEqualTo(publications);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aStepThatTellsNobodyLeavesNothingInTheOutboxAndAReturnIsKeptUntilHandled() {
        long publications = jdbc.queryForObject("select count(*) from event_publication", Long.class);
        long id = submitted();
        as(OFFICE_REVIEWER, () -> workflow.approve(id, null));
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class))
                .as("a submission and an approval notify nobody: nothing to keep").isEqualTo(publications);

        long returned = submitted();
        as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(returned, "请补充"));
        await().atMost(Duration.ofSeconds(10)).until(() -> drafterNotices(returned).size() == 1);
        assertThat(jdbc.queryForObject("select count(*) from event_publication", Long.class))
                .isEqualTo(publications + 1);
    }

    @Test
    void aMailTheServerRefusedIsTriedAgainLaterAndDeliveredOnce() throws Exception {
        long id = submitted();
        as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, "请补充"));
        await().atMost(Duration.ofSeconds(10)).until(() -> drafterNotices(id).size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select mail_attempts from notification where evaluation_id = ?", Integer.class, id) == 1);
        assertThat(mailStatus(id)).isEqualTo("PENDING");

        smtp.start();
        assertThat(dispatcher.sendDue()).as("not due before its pause is over").isZero();
        clock.set(Instant.now().plus(Duration.ofHours(2)));
        assertThat(dispatcher.sendDue()).isEqualTo(1);
        assertThat(dispatcher.sendDue()).isZero();

        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(mail -> {
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(OFFICE_DRAFTER + "@example.org");
            assertThat(mail.getSubject()).contains("内部审核退回");
        });
        assertThat(mailStatus(id)).isEqualTo("SENT");
    }

    @Test
    void anEventHandledTwiceNotifiesOnce() {
        smtp.start();
        long id = submitted();
        as(OFFICE_REVIEWER, () -> workflow.returnToDrafters(id, "请补充"));
        await().atMost(Duration.ofSeconds(10)).until(() -> smtp.getReceivedMessages().length == 1);
        String step = jdbc.queryForObject("select source_event from notification where evaluation_id = ?",
                String.class, id);

        listener.on(new StepTaken(UUID.fromString(step), id, TestDirectory.OFFICE, TestDirectory.OFFICE_NAME, 2021,
                WorkflowAction.RETURN, EvaluationStatus.INTERNAL_REVIEW, EvaluationStatus.DRAFTING, OFFICE_REVIEWER,
                Role.DEPT_REVIEWER, "请补充", null, Instant.now()));

        assertThat(drafterNotices(id)).hasSize(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }
}
