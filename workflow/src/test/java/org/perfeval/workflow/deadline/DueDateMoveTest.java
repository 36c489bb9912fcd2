package org.perfeval.workflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.perfeval.core.testing.TestDirectory.ADMIN;
import static org.perfeval.core.testing.TestDirectory.FINANCE_REVIEWER;
import static org.perfeval.core.testing.TestDirectory.OFFICE_DRAFTER;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfeval.core.evaluation.EvaluationService;
import org.perfeval.core.evaluation.EvaluationStatus;
import org.perfeval.core.testing.Forms;
import org.perfeval.scoring.document.EvaluationKind;
import org.perfeval.core.testing.TestDirectory;
import org.perfeval.core.testing.WithTestDirectory;
import org.perfeval.workflow.calendar.CalendarChange;
import org.perfeval.workflow.calendar.CalendarEntry;
import org.perfeval.workflow.calendar.CalendarService;
import org.perfeval.workflow.calendar.DayKind;
import org.perfeval.workflow.inbox.InboxService;
import org.perfeval.workflow.round.OpenRound;
import org.perfeval.workflow.round.RoundService;
import org.perfeval.workflow.round.RoundView;
import org.perfeval.workflow.testing.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Deadlines by the official calendar: a task started before National Day is due later by the holidays it spans, and
 * a holiday added or removed by an administrator moves the due date and both timers of the open tasks it concerns.
 */
@SpringBootTest
@WithTestDirectory
class DueDateMoveTest {

    /** Monday 14 September 2026, 09:00 in Zhengzhou: 20 working days on cross 中秋节 and 国庆节. */
    private static final Instant BEFORE_NATIONAL_DAY = Instant.parse("2026-09-14T01:00:00Z");
    /** Monday 23 November 2026, 09:00 in Zhengzhou: no holiday in the next 20 working days. */
    private static final Instant NOVEMBER = Instant.parse("2026-11-23T01:00:00Z");
    private static final LocalDate ADDED = LocalDate.parse("2026-12-01");
    /** The eve of National Day, an ordinary Wednesday in the official calendar. */
    private static final LocalDate EVE = LocalDate.parse("2026-09-30");

    @Autowired
    MovableClock clock;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService management;
    @Autowired
    EvaluationService evaluations;
    @Autowired
    CalendarService calendar;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    InboxService inbox;
    @Autowired
    RoundService rounds;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void cleanUp() {
        clock.reset();
        as(ADMIN, () -> calendar.year(2026)).stream().filter(e -> e.date().equals(ADDED) || e.date().equals(EVE))
                .forEach(e -> as(ADMIN, () -> {
                    calendar.remove(e.date(), null);
                    return null;
                }));
    }

    private <T> T as(String user, Supplier<T> work) {
        return TestDirectory.as(users, user, work);
    }

    private long imported() {
        return as(OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittable())).id();
    }

    private Task task(long id) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id)).singleResult();
    }

    private List<Instant> timers(long id) {
        return management.createTimerJobQuery().processInstanceId(task(id).getProcessInstanceId()).list().stream()
                .map(Job::getDuedate).sorted().map(java.util.Date::toInstant).toList();
    }

    private CalendarEntry holiday(String name) {
        return as(ADMIN, () -> calendar.keep(new CalendarChange(ADDED, DayKind.HOLIDAY, name, null)));
    }

    @Test
    void aDraftingTaskStartedBeforeNationalDayIsDueAfterItsHolidaysAndMakeUpDays() {
        clock.set(BEFORE_NATIONAL_DAY);
        long id = imported();

        // weekdays alone would give Monday 12 October; 25 September and 1–7 October are off, Sunday 20 September
        // and Saturday 10 October are worked
        assertThat(task(id).getDueDate().toInstant()).isEqualTo(Instant.parse("2026-10-16T01:00:00Z"));
        assertThat(timers(id)).containsExactly(Instant.parse("2026-10-13T01:00:00Z"),
                Instant.parse("2026-10-16T01:00:00Z"));
    }

    @Test
    void aHolidayAddedMovesTheOpenTasksDueDateAndTimersAndIsAudited() {
        clock.set(NOVEMBER);
        long id = imported();
        assertThat(task(id).getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-21T01:00:00Z"));

        CalendarEntry added = holiday("临时假日");

        assertThat(task(id).getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-22T01:00:00Z"));
        assertThat(timers(id)).containsExactly(Instant.parse("2026-12-17T01:00:00Z"),
                Instant.parse("2026-12-22T01:00:00Z"));
        assertThat(as(OFFICE_DRAFTER, () -> inbox.inbox())).filteredOn(item -> item.evaluationId() == id)
                .singleElement().satisfies(item -> assertThat(item.dueDate())
                        .isEqualTo(Instant.parse("2026-12-22T01:00:00Z")));
        assertThat(as(OFFICE_DRAFTER, () -> deadlines.moves(id))).singleElement().satisfies(move -> {
            assertThat(move.stage()).isEqualTo(EvaluationStatus.DRAFTING);
            assertThat(move.dueBefore()).isEqualTo(Instant.parse("2026-12-21T01:00:00Z"));
            assertThat(move.dueAfter()).isEqualTo(Instant.parse("2026-12-22T01:00:00Z"));
            assertThat(move.calendarDate()).isEqualTo(ADDED);
            assertThat(move.actor()).isEqualTo(ADMIN);
        });

        as(ADMIN, () -> {
            calendar.remove(ADDED, added.version());
            return null;
        });
        assertThat(task(id).getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-21T01:00:00Z"));
        assertThat(timers(id)).containsExactly(Instant.parse("2026-12-16T01:00:00Z"),
                Instant.parse("2026-12-21T01:00:00Z"));
        assertThat(as(OFFICE_DRAFTER, () -> deadlines.moves(id))).hasSize(2);
    }

    @Test
    void aRoundsFixedDayStaysWhileItsReminderIsCountedBackInWorkingDaysAgain() {
        clock.set(BEFORE_NATIONAL_DAY);
        int year = as(OFFICE_DRAFTER, () -> evaluations.importJson(Forms.submittable())).year() + 1;
        // the round's year is the next one Forms would hand out: take it, so no later import collides with the draft
        Forms.submittable();
        RoundView round = as(FINANCE_REVIEWER, () -> rounds.open(new OpenRound(year, EvaluationKind.DEPARTMENT_OVERALL,
                List.of(TestDirectory.OFFICE), LocalDate.parse("2026-10-09"))));
        long id = round.evaluations().getFirst().evaluationId();
        Instant due = Instant.parse("2026-10-09T15:59:59Z");
        // three working days before Friday 9 October: 8 October, then, across the holiday, 30 and 29 September
        assertThat(timers(id)).containsExactly(Instant.parse("2026-09-29T15:59:59Z"), due);

        as(ADMIN, () -> calendar.keep(new CalendarChange(EVE, DayKind.HOLIDAY, "国庆节", null)));

        assertThat(task(id).getDueDate().toInstant()).isEqualTo(due);
        assertThat(timers(id)).containsExactly(Instant.parse("2026-09-28T15:59:59Z"), due);
        assertThat(as(OFFICE_DRAFTER, () -> deadlines.moves(id))).isEmpty();
    }

    @Test
    void aTaskStartedAfterTheChangedDayKeepsItsDueDate() {
        clock.set(Instant.parse("2026-12-02T01:00:00Z"));
        long id = imported();
        Instant due = task(id).getDueDate().toInstant();

        holiday("临时假日");

        assertThat(task(id).getDueDate().toInstant()).isEqualTo(due);
        assertThat(as(OFFICE_DRAFTER, () -> deadlines.moves(id))).isEmpty();
    }

    @Test
    void theMovedTimerStillFiresAndFlagsTheTaskOverdue() {
        clock.set(NOVEMBER);
        long id = imported();
        holiday("临时假日");

        Job overdue = management.createTimerJobQuery().processInstanceId(task(id).getProcessInstanceId()).list()
                .stream().max(Comparator.comparing(Job::getDuedate)).orElseThrow();
        clock.set(overdue.getDuedate().toInstant().plusSeconds(60));
        management.executeJob(management.moveTimerToExecutableJob(overdue.getId()).getId());

        assertThat(as(OFFICE_DRAFTER, () -> inbox.inbox())).filteredOn(item -> item.evaluationId() == id)
                .singleElement().satisfies(item -> {
                    assertThat(item.overdue()).isTrue();
                    assertThat(item.dueDate()).isEqualTo(Instant.parse("2026-12-22T01:00:00Z"));
                });
    }
}
