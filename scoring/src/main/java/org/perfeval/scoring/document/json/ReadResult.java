package org.perfeval.scoring.document.json;

import java.util.List;
import java.util.Optional;

import org.perfeval.scoring.document.SelfEvaluationDocument;

/** A document read from JSON, or the reasons it could not be read: never both. */
public record ReadResult(SelfEvaluationDocument document, List<Violation> violations) {

    public ReadResult {
        violations = List.copyOf(violations);
        if ((document == null) == violations.isEmpty()) {
            throw new IllegalArgumentException("a read result has a document or violations, not both");
        }
    }

    public boolean isValid() {
        return document != null;
    }

    public Optional<SelfEvaluationDocument> documentIfValid() {
        return Optional.ofNullable(document);
    }
}
