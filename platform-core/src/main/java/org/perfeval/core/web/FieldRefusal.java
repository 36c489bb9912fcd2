package org.perfeval.core.web;

import java.util.List;

import org.perfeval.scoring.document.json.Violation;
import org.perfeval.scoring.text.Text;

/**
 * One field at fault: where, as a JSON pointer ("" for the whole document), why, and, for refusals that have one, a
 * machine-readable code (a scorer finding's, say); null when there is none.
 */
public record FieldRefusal(String pointer, Text text, String code) {

    public FieldRefusal(String pointer, Text text) {
        this(pointer, text, null);
    }

    /** A violation the scoring module's readers report, with its text still to be rendered. */
    public static FieldRefusal of(Violation violation) {
        return new FieldRefusal(violation.pointer(), violation.text());
    }

    public static List<FieldRefusal> of(List<Violation> violations) {
        return violations.stream().map(FieldRefusal::of).toList();
    }

    /** The pointer as people read it: "/" for the whole document. */
    String shownPointer() {
        return pointer.isEmpty() ? "/" : pointer;
    }
}
