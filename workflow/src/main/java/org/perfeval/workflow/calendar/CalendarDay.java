package org.perfeval.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A day that is not what its weekday says: a holiday on a weekday, or a worked Saturday or Sunday. */
@Entity
@Table(name = "calendar_day")
class CalendarDay {

    @Id
    @Column(name = "calendar_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DayKind kind;

    @Column(nullable = false, length = 64)
    private String name;

    @Version
    private long version;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate date) {
        this.date = date;
    }

    void set(DayKind kind, String name, String user, Instant now) {
        this.kind = kind;
        this.name = name;
        this.updatedBy = user;
        this.updatedAt = now;
    }

    LocalDate date() {
        return date;
    }

    DayKind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    long version() {
        return version;
    }

    CalendarEntry toEntry() {
        return new CalendarEntry(date, kind, name, version, updatedBy, updatedAt);
    }
}
