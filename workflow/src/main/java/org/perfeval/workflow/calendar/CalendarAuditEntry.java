package org.perfeval.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of the calendar: which day, what it was and became (null: an ordinary day), who, when. */
@Entity
@Immutable
@Table(name = "calendar_audit")
class CalendarAuditEntry {

    enum Action { ADD, CHANGE, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "calendar_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Action action;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind_before", length = 16)
    private DayKind kindBefore;

    @Column(name = "name_before", length = 64)
    private String nameBefore;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind_after", length = 16)
    private DayKind kindAfter;

    @Column(name = "name_after", length = 64)
    private String nameAfter;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "acted_at", nullable = false)
    private Instant actedAt;

    protected CalendarAuditEntry() {
    }

    CalendarAuditEntry(LocalDate date, Action action, DayKind kindBefore, String nameBefore, DayKind kindAfter,
                       String nameAfter, String actor, Instant actedAt) {
        this.date = date;
        this.action = action;
        this.kindBefore = kindBefore;
        this.nameBefore = nameBefore;
        this.kindAfter = kindAfter;
        this.nameAfter = nameAfter;
        this.actor = actor;
        this.actedAt = actedAt;
    }

    CalendarAuditView toView() {
        return new CalendarAuditView(date, action.name(), kindBefore, nameBefore, kindAfter, nameAfter, actor,
                actedAt);
    }
}
