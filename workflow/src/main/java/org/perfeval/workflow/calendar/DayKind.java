package org.perfeval.workflow.calendar;

import org.perfeval.scoring.text.Labelled;

/** What a calendar entry makes of its day: a public holiday (放假), or a weekend day worked in exchange (调休上班). */
public enum DayKind implements Labelled {
    HOLIDAY,
    WORKDAY;

    @Override
    public String labelKey() {
        return "workflow.calendar.kind." + name();
    }
}
