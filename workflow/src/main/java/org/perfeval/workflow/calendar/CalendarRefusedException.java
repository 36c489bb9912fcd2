package org.perfeval.workflow.calendar;

import java.util.List;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** A calendar entry not stored, or a preview not computed, and which field is at fault: nothing was changed. */
public class CalendarRefusedException extends RefusedException {

    private CalendarRefusedException(Kind kind, FieldRefusal field) {
        super(kind, field.text(), List.of(field));
    }

    static CalendarRefusedException badField(String pointer, String key, Object... args) {
        return new CalendarRefusedException(Kind.BAD_REQUEST, new FieldRefusal(pointer, Text.of(key, args)));
    }

    static CalendarRefusedException conflict(String pointer, String key, Object... args) {
        return new CalendarRefusedException(Kind.CONFLICT, new FieldRefusal(pointer, Text.of(key, args)));
    }

    static CalendarRefusedException notFound(Object date) {
        return new CalendarRefusedException(Kind.NOT_FOUND,
                new FieldRefusal("/date", Text.of("workflow.calendar.notFound", date)));
    }
}
