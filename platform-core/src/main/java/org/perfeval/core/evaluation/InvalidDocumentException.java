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
        super(Kind.BAD_REQUEST, summary(fields), fields);
    }

    @Override
    public Optional<Text> title() {
        return Optional.of(Text.of("core.document.refused"));
    }
}
