package org.perfeval.workflow.metrics;

import java.util.Map;

import org.perfeval.workflow.process.Step;

/**
 * One reading of the counts the gauges show: open and overdue tasks per step, undelivered mails per delivery state,
 * and event publications not yet completed.
 */
record GaugeReading(Map<Step, Long> open, Map<Step, Long> overdue, Map<MailState, Long> mails,
                    long incompleteEvents) {

    /** The states of a notification's e-mail that are still to be delivered, or given up on. */
    enum MailState { PENDING, SENDING, FAILED }

    double open(Step step) {
        return open.getOrDefault(step, 0L);
    }

    double overdue(Step step) {
        return overdue.getOrDefault(step, 0L);
    }

    double mails(MailState state) {
        return mails.getOrDefault(state, 0L);
    }
}
