package org.perfeval.core.scheme;

import java.util.List;

import org.perfeval.scoring.document.Violation;

/** A scheme was refused, each reason with its JSON pointer; nothing was stored. */
public class SchemeRefusedException extends RuntimeException {

    private final transient List<Violation> violations;

    public SchemeRefusedException(List<Violation> violations) {
        super(violations.stream().map(v -> v.pointer() + ": " + v.message()).reduce((a, b) -> a + "; " + b)
                .orElse("refused"));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
