package org.perfeval.workflow.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar over HTTP: a year's entries and the working-day preview for anyone logged in, changes for
 * administrators. Dates and kinds arrive as text and are read here, so a bad one is a 400 naming its field.
 */
@RestController
class CalendarController {

    private final CalendarService calendar;

    CalendarController(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** The request body of a change: the day's kind and name, and the version seen (absent for a new entry). */
    record DayRequest(String kind, String name, Long version) {
    }

    @GetMapping("/api/calendar")
    List<CalendarEntry> year(@RequestParam int year) {
        return calendar.year(year);
    }

    @GetMapping("/api/calendar/changes")
    List<CalendarAuditView> changes() {
        return calendar.changes();
    }

    @GetMapping("/api/calendar/add-working-days")
    Map<String, String> addWorkingDays(@RequestParam(required = false) String from,
                                       @RequestParam(required = false) Integer days) {
        if (days == null) {
            throw CalendarRefusedException.badField("/days", "workflow.calendar.days", 0, CalendarService.MAX_DAYS);
        }
        return Map.of("date", calendar.addWorkingDays(date("/from", "workflow.calendar.from", from), days)
                .toString());
    }

    @PutMapping(path = "/api/calendar/{date}", consumes = MediaType.APPLICATION_JSON_VALUE)
    CalendarEntry keep(@PathVariable String date, @RequestBody DayRequest request) {
        return calendar.keep(new CalendarChange(date("/date", "workflow.calendar.dateFormat", date),
                kind(request.kind()), request.name(), request.version()));
    }

    @DeleteMapping("/api/calendar/{date}")
    ResponseEntity<Void> remove(@PathVariable String date, @RequestParam(required = false) Long version) {
        calendar.remove(date("/date", "workflow.calendar.dateFormat", date), version);
        return ResponseEntity.noContent().build();
    }

    private static LocalDate date(String pointer, String key, String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw CalendarRefusedException.badField(pointer, key);
        }
    }

    private static DayKind kind(String text) {
        if (text == null) {
            return null;
        }
        try {
            return DayKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            throw CalendarRefusedException.badField("/kind", "workflow.calendar.kind");
        }
    }
}
