package org.perfeval.scoring.document.json;

import org.perfeval.scoring.text.Text;

/**
 * Why a document was refused: the field as a JSON pointer ("" for the whole document) and what is wrong with it.
 * Other modules build their own violations with a text from their own bundle.
 */
public record Violation(String pointer, Text text) {

    /** For logs only: people read the rendered text. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + text;
    }

    public static Violation of(String pointer, Problem problem, Object... args) {
        return new Violation(pointer, Text.of(problem.key(), args));
    }

    /** The kinds of problem the reader reports; each is the text {@code violation.<PROBLEM>}. */
    public enum Problem {
        MALFORMED,
        REQUIRED,
        BLANK,
        NOT_STRING,
        NOT_NUMBER,
        NOT_INTEGER,
        NOT_BOOLEAN,
        NOT_OBJECT,
        NOT_ARRAY,
        NEGATIVE,
        OUT_OF_RANGE,
        NOT_ONE_OF,
        WRONG_FORMAT;

        public String key() {
            return "violation." + name();
        }
    }
}
