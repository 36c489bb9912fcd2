package org.perfeval.workflow.rectification;

import java.util.List;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** Rectification items or answers that cannot be accepted as given; nothing was stored. */
public class RectificationRefusedException extends RefusedException {

    RectificationRefusedException(String key, Object... args) {
        super(Kind.CONFLICT, Text.of(key, args));
    }

    private RectificationRefusedException(FieldRefusal field) {
        super(Kind.BAD_REQUEST, field.text(), List.of(field));
    }

    /** The request's field at {@code pointer} is wrong as given: 400 naming it. */
    static RectificationRefusedException field(String pointer, String key, Object... args) {
        return new RectificationRefusedException(new FieldRefusal(pointer, Text.of(key, args)));
    }
}
