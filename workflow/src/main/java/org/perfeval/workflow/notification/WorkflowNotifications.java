package org.perfeval.workflow.notification;

import java.util.List;

import org.perfeval.core.security.Role;
import org.perfeval.scoring.text.Text;
import org.perfeval.workflow.deadline.TaskOverdue;
import org.perfeval.workflow.deadline.TaskReminder;
import org.perfeval.workflow.process.StepTaken;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells people what the workflow did, after the transaction that did it committed: a step rolled back tells nobody,
 * and a slow mail server holds no step's locks. Spring Modulith's event publication registry keeps each event until
 * this has handled it, so a crash in between loses nothing; the notifications are stored first, the e-mail goes out
 * from them afterwards.
 */
@Component
class WorkflowNotifications {

    private final Audience audience;
    private final NotificationRecorder recorder;
    private final MailDispatcher mail;

    WorkflowNotifications(Audience audience, NotificationRecorder recorder, MailDispatcher mail) {
        this.audience = audience;
        this.recorder = recorder;
        this.mail = mail;
    }

    /**
     * A return by internal review or a send-back by the finance bureau: the department's drafters are told. Only
     * those steps are kept in the event publication registry: the condition is evaluated before an event is stored,
     * so the other steps (most of them) cost the outbox nothing.
     */
    @Async
    @TransactionalEventListener(condition = "#step.action().name() matches 'RETURN|SEND_BACK'")
    void on(StepTaken step) {
        String key = switch (step.action()) {
            case RETURN -> "notification.returned";
            case SEND_BACK -> "notification.sentBack";
            default -> null;
        };
        if (key == null) {
            return;
        }
        List<Recipient> drafters = audience.withRole(Role.DRAFTER, step.departmentCode());
        recorder.record(step.id().toString(), drafters, step.evaluationId(), NotificationKind.RETURNED,
                Text.of(key, step.departmentName(), step.year(), step.reason()));
        mail.sendDue();
    }

    @Async
    @TransactionalEventListener
    void on(TaskReminder reminder) {
        recorder.record(reminder.id().toString(), audience.holders(reminder.holder(), reminder.role(),
                        reminder.roleDepartment()), reminder.evaluationId(), NotificationKind.REMINDER,
                Text.of("notification.reminder", reminder.departmentName(), reminder.year(), reminder.stage(),
                        reminder.due()));
        mail.sendDue();
    }

    @Async
    @TransactionalEventListener
    void on(TaskOverdue overdue) {
        List<Recipient> recipients = Audience.union(audience.holders(overdue.holder(), overdue.role(),
                overdue.roleDepartment()), audience.withRole(overdue.escalateTo(), overdue.escalationDepartment()));
        recorder.record(overdue.id().toString(), recipients, overdue.evaluationId(), NotificationKind.OVERDUE,
                Text.of("notification.overdue", overdue.departmentName(), overdue.year(), overdue.stage(),
                        overdue.due()));
        mail.sendDue();
    }
}
