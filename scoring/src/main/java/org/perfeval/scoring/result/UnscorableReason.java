package org.perfeval.scoring.result;

import org.perfeval.scoring.text.Labelled;

/** Why a row could not be scored (and so keeps the department's own score, unverified); named as the finding that says so. */
public enum UnscorableReason implements Labelled {
    TARGET_MISSING,
    TARGET_UNREADABLE,
    ACTUAL_MISSING,
    ACTUAL_UNREADABLE,
    TIER_MISSING,
    DEADLINE_MISSED,
    DEADLINE_UNDECIDED;

    @Override
    public String labelKey() {
        return "reason." + name();
    }
}
