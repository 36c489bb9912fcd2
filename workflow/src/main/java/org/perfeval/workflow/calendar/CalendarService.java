package org.perfeval.workflow.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.perfeval.core.security.CurrentUsers;
import org.perfeval.core.security.LoggedIn;
import org.perfeval.core.security.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * The working-day calendar: read by anyone logged in, kept by administrators. Each change is audited and published
 * as a {@link CalendarChanged} in its own transaction, so whatever reacts to it (the open tasks' due dates) is
 * stored with it or not at all.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_DAYS = 365;
    // as text: a number argument would be shown with a thousands separator
    private static final String YEARS_FROM = String.valueOf(FIRST_YEAR);
    private static final String YEARS_TO = String.valueOf(LAST_YEAR);
    static final int MAX_NAME = 64;

    private final CalendarDays days;
    private final CalendarAudit audit;
    private final CalendarCache cache;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarService(CalendarDays days, CalendarAudit audit, CalendarCache cache, ApplicationEventPublisher events,
                    Clock clock) {
        this.days = days;
        this.audit = audit;
        this.cache = cache;
        this.events = events;
        this.clock = clock;
    }

    /** A year's holidays and make-up working days, in date order. */
    @LoggedIn
    public List<CalendarEntry> year(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw CalendarRefusedException.badField("/year", "workflow.calendar.year", YEARS_FROM, YEARS_TO);
        }
        return days.findByDateBetweenOrderByDateAsc(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(CalendarDay::toEntry).toList();
    }

    /** The {@code count}-th working day after {@code from}: what a deadline of that many working days gives. */
    @LoggedIn
    public LocalDate addWorkingDays(LocalDate from, int count) {
        if (from == null) {
            throw CalendarRefusedException.badField("/from", "workflow.calendar.from");
        }
        if (count < 0 || count > MAX_DAYS) {
            throw CalendarRefusedException.badField("/days", "workflow.calendar.days", 0, MAX_DAYS);
        }
        return calendar().plusWorkingDays(from, count);
    }

    /**
     * The calendar deadlines are counted by, as this node last read it (at most {@code perfeval.calendar.cache-ttl}
     * old). Open to the platform itself: the process's timers ask it without a user.
     */
    public WorkingCalendar calendar() {
        return cache.current();
    }

    /** The latest changes of the calendar, newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<CalendarAuditView> changes() {
        return audit.findTop100ByOrderByIdDesc().stream().map(CalendarAuditEntry::toView).toList();
    }

    /** Adds a day's entry ({@code version} null) or changes it ({@code version} the one the administrator saw). */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public CalendarEntry keep(CalendarChange change) {
        validate(change);
        WorkingCalendar before = CalendarCache.read(days);
        CalendarDay day = days.findById(change.date()).orElse(null);
        String user = CurrentUsers.require().username();
        CalendarAuditEntry.Action action = day == null ? CalendarAuditEntry.Action.ADD
                : CalendarAuditEntry.Action.CHANGE;
        requireVersion(day, change);
        if (day == null) {
            day = new CalendarDay(change.date());
        }
        DayKind kindBefore = day.kind();
        String nameBefore = day.name();
        day.set(change.kind(), change.name().strip(), user, clock.instant());
        CalendarEntry kept = store(day).toEntry();
        audit.save(new CalendarAuditEntry(change.date(), action, kindBefore, nameBefore, change.kind(),
                kept.name(), user, clock.instant()));
        events.publishEvent(new CalendarChanged(change.date(), before, before.with(change.date(), change.kind()),
                user, clock.instant()));
        return kept;
    }

    /** Makes a day ordinary again; {@code version}, when given, must be the one the administrator saw. */
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    public void remove(LocalDate date, Long version) {
        if (date == null) {
            throw CalendarRefusedException.badField("/date", "workflow.calendar.date", YEARS_FROM, YEARS_TO);
        }
        CalendarDay day = days.findById(date).orElseThrow(() -> CalendarRefusedException.notFound(date.toString()));
        if (version != null && version != day.version()) {
            throw CalendarRefusedException.conflict("/version", "workflow.calendar.changedMeanwhile",
                    date.toString());
        }
        WorkingCalendar before = CalendarCache.read(days);
        String user = CurrentUsers.require().username();
        days.delete(day);
        days.flush();
        audit.save(new CalendarAuditEntry(date, CalendarAuditEntry.Action.DELETE, day.kind(), day.name(), null, null,
                user, clock.instant()));
        events.publishEvent(new CalendarChanged(date, before, before.with(date, null), user, clock.instant()));
    }

    /** Stores the day; another administrator adding the same day at the same moment makes this one a conflict. */
    private CalendarDay store(CalendarDay day) {
        try {
            return days.saveAndFlush(day);
        } catch (DataIntegrityViolationException e) {
            throw CalendarRefusedException.conflict("/date", "workflow.calendar.changedMeanwhile",
                    day.date().toString());
        }
    }

    /** A new entry comes without a version, a change with the version of the entry it changes. */
    private static void requireVersion(CalendarDay day, CalendarChange change) {
        if (day == null && change.version() != null) {
            throw CalendarRefusedException.conflict("/version", "workflow.calendar.removedMeanwhile",
                    change.date().toString());
        }
        if (day != null && change.version() == null) {
            throw CalendarRefusedException.conflict("/date", "workflow.calendar.exists", change.date().toString(),
                    day.name());
        }
        if (day != null && change.version() != day.version()) {
            throw CalendarRefusedException.conflict("/version", "workflow.calendar.changedMeanwhile",
                    change.date().toString());
        }
    }

    private static void validate(CalendarChange change) {
        LocalDate date = change.date();
        if (date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw CalendarRefusedException.badField("/date", "workflow.calendar.date", YEARS_FROM, YEARS_TO);
        }
        if (change.kind() == null) {
            throw CalendarRefusedException.badField("/kind", "workflow.calendar.kind");
        }
        if (change.kind() == DayKind.WORKDAY && date.getDayOfWeek() != DayOfWeek.SATURDAY
                && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
            throw CalendarRefusedException.badField("/kind", "workflow.calendar.workdayOnWeekday",
                    date.toString());
        }
        if (change.name() == null || change.name().isBlank()) {
            throw CalendarRefusedException.badField("/name", "workflow.calendar.name");
        }
        if (change.name().strip().length() > MAX_NAME) {
            throw CalendarRefusedException.badField("/name", "workflow.calendar.nameTooLong", MAX_NAME);
        }
    }
}
