package org.perfeval.workflow.inbox;

import org.perfeval.core.evaluation.EvaluationStatus;

/**
 * Which of the user's tasks to list and in what order: optionally one stage, one department (code), only overdue
 * ones; sorted by due date or by arrival.
 */
public record InboxQuery(EvaluationStatus stage, String departmentCode, boolean overdueOnly, Sort sort,
                         boolean ascending) {

    /** The orders an inbox can be sorted in. */
    public enum Sort {
        ARRIVED, DUE
    }

    public static InboxQuery all() {
        return new InboxQuery(null, null, false, Sort.ARRIVED, true);
    }
}
