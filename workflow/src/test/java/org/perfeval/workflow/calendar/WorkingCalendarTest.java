package org.perfeval.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Working-day arithmetic on a calendar with one holiday week and one make-up Saturday: counting forwards, backwards
 * and between agree, so a due date counted again after a change keeps its number of working days.
 */
class WorkingCalendarTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final LocalDate SATURDAY = LocalDate.parse("2026-10-10");
    private static final WorkingCalendar NATIONAL_DAY = new WorkingCalendar(Map.of(
            LocalDate.parse("2026-10-01"), DayKind.HOLIDAY, LocalDate.parse("2026-10-02"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-05"), DayKind.HOLIDAY, LocalDate.parse("2026-10-06"), DayKind.HOLIDAY,
            LocalDate.parse("2026-10-07"), DayKind.HOLIDAY, SATURDAY, DayKind.WORKDAY));

    @Test
    void holidaysAreNotWorkedAndTheMakeUpSaturdayIs() {
        assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
        assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.parse("2026-10-08"))).isTrue();
        assertThat(NATIONAL_DAY.isWorkingDay(SATURDAY)).isTrue();
        assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.parse("2026-10-11"))).isFalse();
    }

    @Test
    void countingForwardsBackwardsAndBetweenAgree() {
        LocalDate eve = LocalDate.parse("2026-09-30");
        assertThat(NATIONAL_DAY.plusWorkingDays(eve, 3)).isEqualTo(SATURDAY);
        assertThat(NATIONAL_DAY.workingDaysBetween(eve, SATURDAY)).isEqualTo(3);
        assertThat(NATIONAL_DAY.minusWorkingDays(SATURDAY, 3)).isEqualTo(eve);
        assertThat(NATIONAL_DAY.workingDaysBetween(SATURDAY, eve)).isZero();
        assertThat(NATIONAL_DAY.plusWorkingDays(eve, 0)).isEqualTo(eve);
    }

    @Test
    void aMomentKeepsItsTimeOfDayInChina() {
        Instant eveAtFive = Instant.parse("2026-09-30T09:00:00Z");
        assertThat(NATIONAL_DAY.plus(eveAtFive, 1, CHINA)).isEqualTo(Instant.parse("2026-10-08T09:00:00Z"));
        assertThat(NATIONAL_DAY.minus(Instant.parse("2026-10-08T09:00:00Z"), 1, CHINA)).isEqualTo(eveAtFive);
    }

    @Test
    void aChangedCopyLeavesTheOriginalAsItWas() {
        WorkingCalendar eveOff = NATIONAL_DAY.with(LocalDate.parse("2026-09-30"), DayKind.HOLIDAY);
        WorkingCalendar saturdayOff = NATIONAL_DAY.with(SATURDAY, null);

        assertThat(eveOff.plusWorkingDays(LocalDate.parse("2026-09-29"), 1)).isEqualTo("2026-10-08");
        assertThat(saturdayOff.plusWorkingDays(LocalDate.parse("2026-10-09"), 1)).isEqualTo("2026-10-12");
        assertThat(NATIONAL_DAY.plusWorkingDays(LocalDate.parse("2026-09-29"), 1)).isEqualTo("2026-09-30");
        assertThat(NATIONAL_DAY.plusWorkingDays(LocalDate.parse("2026-10-09"), 1)).isEqualTo(SATURDAY);
    }
}
