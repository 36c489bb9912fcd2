package org.perfeval.workflow.deadline;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Adds days to a moment, counting calendar days or working days (Monday to Friday) in the platform's zone. */
final class WorkingDays {

    private WorkingDays() {
    }

    static Instant plus(Instant start, int days, boolean workingDays, ZoneId zone) {
        ZonedDateTime time = start.atZone(zone);
        if (!workingDays) {
            return time.plusDays(days).toInstant();
        }
        int left = days;
        while (left > 0) {
            time = time.plusDays(1);
            if (time.getDayOfWeek() != DayOfWeek.SATURDAY && time.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return time.toInstant();
    }
}
