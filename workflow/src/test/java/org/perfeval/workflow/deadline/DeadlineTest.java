package org.perfeval.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_REVIEWER;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.i18n.Translator;
import org.perfeval.core.security.Role;
import org.perfeval.core.testing.Forms;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.scoring.text.Text;
import org.perfeval.workflow.inbox.InboxService;
import org.perfeval.workflow.notification.NotificationKind;
import org.perfeval.workflow.notification.NotificationService;
import org.perfeval.workflow.notification.NotificationView;
import org.perfeval.workflow.process.WorkflowRefusedException;
import org.perfeval.workflow.process.WorkflowService;
import org.perfeval.workflow.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** Deadlines: due dates from the administrators' settings, reminder and overdue timers, notifications and mail. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "perfeval.notifications.retry-interval=1s"})
@WithTestDirectory
class DeadlineTest {

    @RegisterExtension
    // one server for the class: mail goes out after each test's steps, on other threads, and must find it running
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);

    /** Monday 23 November 2026, 09:00 in Zhengzhou. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T01:00:00Z");

    @Autowired
    MovableClock clock;
    @Autowired
    Translator translator;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService taskService;
    @Autowired
    WorkflowService workflow;
    @Autowired
    InboxService queries;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    NotificationService notifications;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void start() {
        at(MONDAY);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void at(Instant time) {
        clock.set(time);
    }

    private <T> T as(String user, Supplier<T> work) {
        return TestDirectory.as(users, user, work);
    }

    private long imported() {
        return as(OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittable())).id();
    }

    private Task task(long id) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult();
    }

    private List<NotificationView> notices(String user, long id) {
        return as(user, () -> notifications.mine()).stream().filter(n -> n.evaluationId() == id).toList();
    }

    /** Notifications are stored after the step commits, on another thread: wait for {@code count} of them. */
    private List<NotificationView> notices(String user, long id, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> notices(user, id).size() >= count);
        return notices(user, id);
    }

    /** The mails the server received about one form, in the order they arrived. */
    private List<MimeMessage> mailsAbout(String form) throws MessagingException {
        List<MimeMessage> about = new ArrayList<>();
        for (MimeMessage mail : smtp.getReceivedMessages()) {
            if (mail.getSubject().contains(form)) {
                about.add(mail);
            }
        }
        return about;
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String chinese(Text text) {
        return translator.render(text, Locale.SIMPLIFIED_CHINESE);
    }

    private List<Job> timers(long id) {
        return management.createTimerJobQuery().processInstanceId(task(id).getProcessInstanceId()).list().stream()
                .sorted(Comparator.comparing(Job::getDuedate)).toList();
    }

    /** Lets Flowable's clock reach the timer and runs it, as the job executor would. */
    private void fire(Job timer) {
        at(timer.getDuedate().toInstant().plusSeconds(60));
        management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
    }

    @Test
    void aDraftingTaskIsDueInTwentyWorkingDaysWithAReminderThreeWorkingDaysBefore() {
        long id = imported();

        assertThat(task(id).getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-21T01:00:00Z"));
        assertThat(timers(id)).extracting(job -> job.getDuedate().toInstant())
                .containsExactly(Instant.parse("2026-12-16T01:00:00Z"), Instant.parse("2026-12-21T01:00:00Z"));
    }

    @Test
    void theReminderTellsTheDraftersAndTheOverdueTimerFlagsTheTaskAndEscalates() throws Exception {
        long id = imported();
        List<Job> timers = timers(id);

        fire(timers.get(0));
        assertThat(notices(OFFICE_DRAFTER, id, 1)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REMINDER);
            assertThat(chinese(n.message())).contains("郑州市金水区人民政府办公室", "“填报”", "2026-12-21 09:00");
            assertThat(translator.render(n.message(), Locale.ENGLISH)).contains("\"Drafting\"", "2026-12-21 09:00");
        });
        assertThat(as(OFFICE_DRAFTER, () -> queries.inbox())).filteredOn(item -> item.evaluationId() == id)
                .singleElement().satisfies(item -> assertThat(item.overdue()).isFalse());

        fire(timers.get(1));
        assertThat(as(OFFICE_DRAFTER, () -> queries.inbox())).filteredOn(item -> item.evaluationId() == id)
                .singleElement().satisfies(item -> {
                    assertThat(item.overdue()).isTrue();
                    assertThat(item.dueDate()).isEqualTo(Instant.parse("2026-12-21T01:00:00Z"));
                });
        assertThat(notices(OFFICE_DRAFTER, id, 2)).extracting(NotificationView::kind)
                .containsExactly(NotificationKind.OVERDUE, NotificationKind.REMINDER);
        assertThat(notices(OFFICE_REVIEWER, id, 1)).extracting(NotificationView::kind)
                .containsExactly(NotificationKind.OVERDUE);

        String form = " " + as(ADMIN, () -> evaluations.summary(id)).year() + " 绩效自评表》";
        await().atMost(Duration.ofSeconds(10)).until(() -> mailsAbout(form).size() == 3);
        List<MimeMessage> mails = mailsAbout(form);
        assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString()).containsExactlyInAnyOrder(
                OFFICE_DRAFTER + "@example.org", OFFICE_DRAFTER + "@example.org", OFFICE_REVIEWER + "@example.org");
        MimeMessage escalated = mails.stream().filter(m -> recipient(m).startsWith(OFFICE_REVIEWER)).findFirst()
                .orElseThrow();
        assertThat(escalated.getSubject()).startsWith("[PerfEval] 《郑州市金水区人民政府办公室" + form)
                .contains("已于 2026-12-21 09:00 逾期");
    }

    @Test
    void notificationsAreMarkedReadByTheirRecipientOnly() {
        long id = imported();
        fire(timers(id).get(0));
        long notification = notices(OFFICE_DRAFTER, id, 1).getFirst().id();
        long unread = as(OFFICE_DRAFTER, () -> notifications.unreadCount());

        assertThatThrownBy(() -> TestDirectory.as(users, OFFICE_REVIEWER, () -> notifications.markRead(notification)))
                .isInstanceOf(AccessDeniedException.class);
        TestDirectory.as(users, OFFICE_DRAFTER, () -> notifications.markRead(notification));

        assertThat(as(OFFICE_DRAFTER, () -> notifications.unreadCount())).isEqualTo(unread - 1);
        assertThat(notices(OFFICE_DRAFTER, id).getFirst().readAt()).isNotNull();
    }

    @Test
    void aChangedDeadlineAppliesToNewTasksWhileRunningOnesKeepTheirs() {
        long running = imported();
        DeadlineView drafting = as(ADMIN, () -> deadlines.all()).getFirst();
        assertThat(drafting.stage()).isEqualTo(EvaluationStatus.DRAFTING);

        as(ADMIN, () -> deadlines.change(new DeadlineView(EvaluationStatus.DRAFTING, 5, false, 1, Role.ADMIN,
                drafting.version(), null, null)));
        long later = imported();

        assertThat(task(running).getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-21T01:00:00Z"));
        assertThat(task(later).getDueDate().toInstant()).isEqualTo(MONDAY.plus(Duration.ofDays(5)));
        as(ADMIN, () -> deadlines.change(new DeadlineView(EvaluationStatus.DRAFTING, 20, true, 3, Role.DEPT_REVIEWER,
                drafting.version() + 1, null, null)));
    }

    @Test
    void onlyAdministratorsChangeDeadlinesAndOnlyToSensibleValues() {
        DeadlineView drafting = as(ADMIN, () -> deadlines.all()).getFirst();

        assertThatThrownBy(() -> as(OFFICE_REVIEWER, () -> deadlines.change(drafting)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(ADMIN, () -> deadlines.change(new DeadlineView(EvaluationStatus.DRAFTING, 3,
                true, 3, Role.ADMIN, drafting.version(), null, null))))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, refused -> assertThat(refused.text())
                        .isEqualTo(Text.of("workflow.deadline.remindBeforeDays")));
        assertThatThrownBy(() -> as(ADMIN, () -> deadlines.change(new DeadlineView(EvaluationStatus.DRAFTING, 10,
                true, 2, Role.ADMIN, drafting.version() - 1, null, null))))
                .isInstanceOfSatisfying(WorkflowRefusedException.class, refused -> assertThat(refused.text())
                        .isEqualTo(Text.of("workflow.deadline.changedMeanwhile", EvaluationStatus.DRAFTING)));
    }

    @Test
    void aReturnStartsAFreshDeadline() {
        long id = imported();
        as(OFFICE_DRAFTER, () -> {
            workflow.submit(id);
            return null;
        });
        at(MONDAY.plus(Duration.ofDays(2)));
        as(OFFICE_REVIEWER, () -> {
            workflow.returnToDrafters(id, "请补充说明");
            return null;
        });

        assertThat(task(id).getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-23T01:00:00Z"));
        assertThat(notices(OFFICE_DRAFTER, id, 1)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RETURNED);
            assertThat(chinese(n.message())).contains("内部审核退回", "请补充说明");
        });
    }
}
