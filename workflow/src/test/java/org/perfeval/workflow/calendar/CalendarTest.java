package org.perfeval.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The official calendar as every install has it from its migrations, the State Council's 2025 and 2026 schedules,
 * counted at the Spring Festival and National Day boundaries; and who may change it, and how not.
 */
@SpringBootTest
@WithTestDirectory
class CalendarTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    UserDetailsService users;

    private <T> T as(String user, Supplier<T> work) {
        return TestDirectory.as(users, user, work);
    }

    private LocalDate plus(String from, int days) {
        return as(ADMIN, () -> calendar.addWorkingDays(LocalDate.parse(from), days));
    }

    @Test
    void theSpringFestivalOf2026IsSkippedAndItsMakeUpSaturdaysAreWorked() {
        assertThat(plus("2026-02-13", 1)).isEqualTo("2026-02-14");
        assertThat(plus("2026-02-14", 1)).isEqualTo("2026-02-24");
        assertThat(plus("2026-02-13", 2)).isEqualTo("2026-02-24");
        assertThat(plus("2026-02-15", 1)).isEqualTo("2026-02-24");
        assertThat(plus("2026-02-27", 1)).isEqualTo("2026-02-28");
        assertThat(plus("2026-02-28", 1)).isEqualTo("2026-03-02");
    }

    @Test
    void nationalDay2026EndsWithTwoWorkingDaysAndTheWorkedSaturday() {
        // 1–7 October off; Thursday 8 and Friday 9 are ordinary working days, Saturday 10 October is worked
        assertThat(plus("2026-09-30", 1)).isEqualTo("2026-10-08");
        assertThat(plus("2026-09-30", 3)).isEqualTo("2026-10-10");
        assertThat(plus("2026-10-10", 1)).isEqualTo("2026-10-12");
        assertThat(plus("2026-09-19", 1)).isEqualTo("2026-09-20");
        assertThat(plus("2026-09-24", 1)).isEqualTo("2026-09-28");
    }

    @Test
    void the2025NationalDayAndMidAutumnHolidayIsEightDays() {
        assertThat(plus("2025-09-30", 1)).isEqualTo("2025-10-09");
        assertThat(plus("2025-10-09", 2)).isEqualTo("2025-10-11");
        assertThat(plus("2025-01-27", 1)).isEqualTo("2025-02-05");
    }

    @Test
    void bothYearsAreSeededInFullWithChineseNamesAndMakeUpDaysOnlyOnWeekends() {
        List<CalendarEntry> year2026 = as(FINANCE_REVIEWER, () -> calendar.year(2026));
        List<CalendarEntry> year2025 = as(FINANCE_REVIEWER, () -> calendar.year(2025));

        assertThat(year2026).filteredOn(e -> e.kind() == DayKind.HOLIDAY).hasSize(33);
        assertThat(year2026).filteredOn(e -> e.kind() == DayKind.WORKDAY).extracting(CalendarEntry::date)
                .extracting(LocalDate::toString)
                .containsExactly("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");
        assertThat(year2025).filteredOn(e -> e.kind() == DayKind.HOLIDAY).hasSize(28);
        assertThat(year2025).filteredOn(e -> e.kind() == DayKind.WORKDAY).hasSize(5);
        assertThat(year2026).filteredOn(e -> e.date().equals(LocalDate.parse("2026-10-01")))
                .singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("国庆节"));
        assertThat(List.of(year2025, year2026)).flatMap(entries -> entries)
                .filteredOn(e -> e.kind() == DayKind.WORKDAY).allSatisfy(e -> assertThat(e.date().getDayOfWeek())
                        .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void anAdministratorAddsChangesAndRemovesADayAndEachCountsAtOnce() {
        LocalDate day = LocalDate.parse("2026-12-31");
        assertThat(plus("2026-12-30", 1)).isEqualTo(day);
        try {
            CalendarEntry added = as(ADMIN, () -> calendar.keep(new CalendarChange(day, DayKind.HOLIDAY, " 元旦 ",
                    null)));
            assertThat(added.name()).isEqualTo("元旦");
            assertThat(added.updatedBy()).isEqualTo(ADMIN);
            assertThat(plus("2026-12-30", 1)).isEqualTo("2027-01-01");

            as(ADMIN, () -> calendar.keep(new CalendarChange(day, DayKind.HOLIDAY, "元旦（调整）", added.version())));
            assertThat(as(ADMIN, () -> calendar.year(2026))).filteredOn(e -> e.date().equals(day))
                    .singleElement().satisfies(e -> assertThat(e.name()).isEqualTo("元旦（调整）"));
            assertThat(as(ADMIN, () -> calendar.changes())).extracting(CalendarAuditView::action)
                    .startsWith("CHANGE", "ADD");
        } finally {
            as(ADMIN, () -> {
                calendar.remove(day, null);
                return null;
            });
        }
        assertThat(plus("2026-12-30", 1)).isEqualTo(day);
        assertThat(as(ADMIN, () -> calendar.changes()).getFirst()).satisfies(change -> {
            assertThat(change.action()).isEqualTo("DELETE");
            assertThat(change.nameBefore()).isEqualTo("元旦（调整）");
            assertThat(change.actor()).isEqualTo(ADMIN);
        });
    }

    @Test
    void onlyAdministratorsChangeTheCalendar() {
        CalendarChange change = new CalendarChange(LocalDate.parse("2026-12-30"), DayKind.HOLIDAY, "假日", null);

        assertThatThrownBy(() -> as(FINANCE_REVIEWER, () -> calendar.keep(change)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(FINANCE_REVIEWER, () -> {
            calendar.remove(LocalDate.parse("2026-10-01"), null);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(plus("2026-12-29", 1)).isEqualTo("2026-12-30");
    }

    @Test
    void aBadEntryIsRefusedNamingItsFieldAndNothingIsStored() {
        assertRefused(new CalendarChange(LocalDate.parse("2026-12-29"), DayKind.WORKDAY, "调休", null), "/kind",
                "workflow.calendar.workdayOnWeekday");
        assertRefused(new CalendarChange(LocalDate.parse("2026-12-29"), DayKind.HOLIDAY, "  ", null), "/name",
                "workflow.calendar.name");
        assertRefused(new CalendarChange(LocalDate.parse("2026-12-29"), null, "假日", null), "/kind",
                "workflow.calendar.kind");
        assertRefused(new CalendarChange(LocalDate.parse("2026-10-01"), DayKind.HOLIDAY, "国庆节", null), "/date",
                "workflow.calendar.exists");
        assertRefused(new CalendarChange(LocalDate.parse("2026-10-01"), DayKind.HOLIDAY, "国庆节", 7L), "/version",
                "workflow.calendar.changedMeanwhile");
        assertThat(as(ADMIN, () -> calendar.year(2026))).filteredOn(e -> e.date().equals(LocalDate.parse("2026-12-29")))
                .isEmpty();
    }

    private void assertRefused(CalendarChange change, String pointer, String key) {
        assertThatThrownBy(() -> as(ADMIN, () -> calendar.keep(change)))
                .isInstanceOfSatisfying(CalendarRefusedException.class, refused -> {
                    assertThat(refused.fields()).singleElement().satisfies(field -> {
                        assertThat(field.pointer()).isEqualTo(pointer);
                        assertThat(field.text().key()).isEqualTo(key);
                    });
                });
    }
}
