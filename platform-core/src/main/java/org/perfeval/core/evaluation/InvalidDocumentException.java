package org.perfeval.core.evaluation;

import java.util.List;
import java.util.Optional;

import org.perfeval.core.web.FieldRefusal;
import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/**
 * A form, or something filed with it, was refused; nothing of it was stored. Each refusal names its field as a JSON
 * pointer: the reader's violations ({@link FieldRefusal#of(java.util.List)}) and the platform's own checks alike.
 */
public class InvalidDocumentException extends RefusedException {

    public InvalidDocumentException(List<FieldRefusal> fields) {
        this(Kind.BAD_REQUEST, fields);
    }

    private InvalidDocumentException(Kind kind, List<FieldRefusal> fields) {
        super(kind, summary(fields), fields);
    }

    /** A body past what the platform reads: 413, so that a client knows to send less rather than send it again. */
    public static InvalidDocumentException tooLarge(FieldRefusal field) {
        return new InvalidDocumentException(Kind.TOO_LARGE, List.of(field));
    }

    @Override
    public Optional<Text> title() {
        return Optional.of(Text.of("core.document.refused"));
    }
}
