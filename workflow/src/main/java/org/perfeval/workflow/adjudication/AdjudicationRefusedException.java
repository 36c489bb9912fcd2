package org.perfeval.workflow.adjudication;

import java.util.List;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** A decision on a row that cannot be taken as asked; nothing was changed. */
public class AdjudicationRefusedException extends RefusedException {

    private AdjudicationRefusedException(Kind kind, Text text, List<FieldRefusal> fields) {
        super(kind, text, fields);
    }

    /** The request's field at {@code pointer} is wrong as given: 400 naming it. */
    static AdjudicationRefusedException field(String pointer, String key, Object... args) {
        Text text = Text.of(key, args);
        return new AdjudicationRefusedException(Kind.BAD_REQUEST, text, List.of(new FieldRefusal(pointer, text)));
    }

    /** The row cannot be decided now, as {@code key} says: 409. */
    static AdjudicationRefusedException conflict(String key, Object... args) {
        return new AdjudicationRefusedException(Kind.CONFLICT, Text.of(key, args), List.of());
    }
}
