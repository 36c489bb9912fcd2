package org.perfeval.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.perfeval.workflow.calendar.WorkingCalendar;

/** Working-day arithmetic in Zhengzhou's zone: weekends are skipped, the time of day is kept. */
class WorkingDaysTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** No holiday in late November: weekends only. */
    private static final WorkingCalendar NO_HOLIDAYS = new WorkingCalendar(Map.of());
    /** Friday 27 November 2026, 17:00 in Zhengzhou. */
    private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-27T09:00:00Z");

    @Test
    void oneWorkingDayAfterFridayIsMonday() {
        assertThat(WorkingDays.plus(FRIDAY_EVENING, 1, true, NO_HOLIDAYS, CHINA))
                .isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
    }

    @Test
    void fiveWorkingDaysAreOneCalendarWeek() {
        assertThat(WorkingDays.plus(FRIDAY_EVENING, 5, true, NO_HOLIDAYS, CHINA))
                .isEqualTo(Instant.parse("2026-12-04T09:00:00Z"));
    }

    @Test
    void calendarDaysCountWeekendsToo() {
        assertThat(WorkingDays.plus(FRIDAY_EVENING, 1, false, NO_HOLIDAYS, CHINA))
                .isEqualTo(Instant.parse("2026-11-28T09:00:00Z"));
    }

    @Test
    void theDayIsChinasNotUtcs() {
        // 01:00 on Saturday in Zhengzhou is still Friday in UTC: one working day on is Monday, not Saturday
        Instant saturdayInChina = Instant.parse("2026-11-27T17:00:00Z");
        assertThat(WorkingDays.plus(saturdayInChina, 1, true, NO_HOLIDAYS, CHINA))
                .isEqualTo(Instant.parse("2026-11-29T17:00:00Z"));
    }

    @Test
    void zeroDaysIsNow() {
        assertThat(WorkingDays.plus(FRIDAY_EVENING, 0, true, NO_HOLIDAYS, CHINA))
                .isEqualTo(FRIDAY_EVENING);
    }
}
