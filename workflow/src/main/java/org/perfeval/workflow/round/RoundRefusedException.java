package org.perfeval.workflow.round;

import java.util.List;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** A round not opened (or a project form not started): nothing was stored. */
public class RoundRefusedException extends RefusedException {

    RoundRefusedException(Kind kind, FieldRefusal field) {
        super(kind, field.text(), List.of(field));
    }

    static RoundRefusedException badField(String pointer, String key, Object... args) {
        return new RoundRefusedException(Kind.BAD_REQUEST, new FieldRefusal(pointer, Text.of(key, args)));
    }

    static RoundRefusedException conflict(String pointer, String key, Object... args) {
        return new RoundRefusedException(Kind.CONFLICT, new FieldRefusal(pointer, Text.of(key, args)));
    }

    static RoundRefusedException notFound(long id) {
        return new RoundRefusedException(Kind.NOT_FOUND, new FieldRefusal("/id", Text.of("round.notFound", id)));
    }
}
