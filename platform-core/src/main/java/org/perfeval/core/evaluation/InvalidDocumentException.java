package org.perfeval.core.evaluation;

import java.util.List;
import java.util.stream.Collectors;

import org.perfeval.scoring.document.Violation;

/** A form was refused; nothing of it was stored. Each violation names its field as a JSON pointer. */
public class InvalidDocumentException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidDocumentException(List<Violation> violations) {
        super(violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
