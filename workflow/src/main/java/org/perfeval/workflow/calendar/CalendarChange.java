package org.perfeval.workflow.calendar;

import java.time.LocalDate;

/**
 * An administrator's entry for a day: new when {@code version} is null, otherwise a change of the entry of that
 * version (a concurrent change is refused, never overwritten).
 */
public record CalendarChange(LocalDate date, DayKind kind, String name, Long version) {
}
