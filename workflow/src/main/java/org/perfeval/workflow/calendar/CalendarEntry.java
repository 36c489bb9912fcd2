package org.perfeval.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** One day of the calendar that differs from "Monday to Friday are worked", with who set it last. */
public record CalendarEntry(LocalDate date, DayKind kind, String name, long version, String updatedBy,
                            Instant updatedAt) {
}
