package org.perfeval.workflow.deadline;

import java.time.Instant;
import java.time.ZoneId;

import org.perfeval.workflow.calendar.WorkingCalendar;

/**
 * Adds days to a moment, counting calendar days or working days in the platform's zone: working days by the
 * official calendar (Monday to Friday, less holidays, plus make-up weekend days), the time of day kept.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    static Instant plus(Instant start, int days, boolean workingDays, WorkingCalendar calendar, ZoneId zone) {
        if (!workingDays) {
            return start.atZone(zone).plusDays(days).toInstant();
        }
        return calendar.plus(start, days, zone);
    }

    static Instant minus(Instant end, int days, boolean workingDays, WorkingCalendar calendar, ZoneId zone) {
        if (!workingDays) {
            return end.atZone(zone).minusDays(days).toInstant();
        }
        return calendar.minus(end, days, zone);
    }
}
