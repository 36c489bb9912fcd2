package org.perfeval.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An administrator added, changed or removed the entry of {@code date}: the calendar {@code before} and
 * {@code after}, so a listener can tell how many working days a due date was counted with and count them again.
 * Published in the change's transaction: what listeners do commits or rolls back with it.
 */
public record CalendarChanged(LocalDate date, WorkingCalendar before, WorkingCalendar after, String actor,
                              Instant at) {
}
