package org.perfeval.workflow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Which days are worked: Monday to Friday unless a holiday, and the make-up Saturdays and Sundays (调休). An
 * immutable snapshot of the calendar, so a deadline is counted against one consistent set of days; days counted
 * from a moment keep its time of day in the platform's zone.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, DayKind> days;

    public WorkingCalendar(Map<LocalDate, DayKind> days) {
        this.days = Map.copyOf(days);
    }

    /** The calendar with {@code date} set to {@code kind}, or back to an ordinary day when {@code kind} is null. */
    public WorkingCalendar with(LocalDate date, DayKind kind) {
        Map<LocalDate, DayKind> changed = new HashMap<>(days);
        if (kind == null) {
            changed.remove(date);
        } else {
            changed.put(date, kind);
        }
        return new WorkingCalendar(changed);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayKind kind = days.get(date);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code count}-th working day after {@code from} ({@code from} itself when count is 0). */
    public LocalDate plusWorkingDays(LocalDate from, int count) {
        LocalDate day = from;
        for (int left = count; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The {@code count}-th working day before {@code from} ({@code from} itself when count is 0). */
    public LocalDate minusWorkingDays(LocalDate from, int count) {
        LocalDate day = from;
        for (int left = count; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** How many working days lie after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** {@code count} working days after a moment, at the same time of day in {@code zone}. */
    public Instant plus(Instant start, int count, ZoneId zone) {
        ZonedDateTime time = start.atZone(zone);
        return time.with(plusWorkingDays(time.toLocalDate(), count)).toInstant();
    }

    /** {@code count} working days before a moment, at the same time of day in {@code zone}. */
    public Instant minus(Instant end, int count, ZoneId zone) {
        ZonedDateTime time = end.atZone(zone);
        return time.with(minusWorkingDays(time.toLocalDate(), count)).toInstant();
    }
}
