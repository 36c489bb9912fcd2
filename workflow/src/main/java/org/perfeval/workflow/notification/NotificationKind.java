package org.perfeval.workflow.notification;

import org.perfeval.scoring.text.Labelled;

/** Why a user was notified. */
public enum NotificationKind implements Labelled {
    /** A task's deadline is near. */
    REMINDER,
    /** A task's deadline has passed: for its holders and for whom it escalates to. */
    OVERDUE,
    /** The form came back from internal review or from the finance bureau. */
    RETURNED;

    @Override
    public String labelKey() {
        return "notification.kind." + name();
    }
}
