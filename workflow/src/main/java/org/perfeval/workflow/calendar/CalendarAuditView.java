package org.perfeval.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** A change of the calendar as administrators read it: ADD, CHANGE or DELETE, the day before and after. */
public record CalendarAuditView(LocalDate date, String action, DayKind kindBefore, String nameBefore,
                                DayKind kindAfter, String nameAfter, String actor, Instant actedAt) {
}
