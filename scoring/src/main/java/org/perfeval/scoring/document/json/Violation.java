package org.perfeval.scoring.document.json;

import java.util.Objects;

import org.perfeval.scoring.text.Text;

/**
 * Why a document (or a scheme) was refused: where, as a JSON pointer for links and the API ("" for the whole text)
 * and as the place people know the field by ("第 8 行“分值”"), and what is wrong there. Other modules build their own
 * violations with a problem from their own bundle.
 *
 * @param problem what is wrong, said of the place: "不能为负数" / "must not be negative"; also fit to show on its own,
 *                beside the field
 */
public record Violation(String pointer, Text place, Text problem) {

    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(problem, "problem");
    }

    /** A violation of the interchange format, placed where the form shows the field {@code pointer} points to. */
    public static Violation inDocument(String pointer, Text problem) {
        return new Violation(pointer, DocumentPlaces.of(pointer), problem);
    }

    /** What people read: the place and what is wrong there, "第 8 行“分值”不能为负数". */
    public Text text() {
        return Text.of("violation.at", place, problem);
    }

    /** For logs only: people read the rendered text. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "/" : pointer) + ": " + problem;
    }

    /** What the readers of documents and schemes find wrong; each is the text {@code violation.<PROBLEM>}. */
    public enum Problem {
        EMPTY,
        MALFORMED,
        BEYOND_LIMITS,
        REQUIRED,
        BLANK,
        NOT_STRING,
        NOT_NUMBER,
        NOT_INTEGER,
        NOT_BOOLEAN,
        NOT_OBJECT,
        NOT_ARRAY,
        TOO_MANY,
        BAD_CHARACTER,
        NEGATIVE,
        OUT_OF_RANGE,
        NOT_ONE_OF,
        WRONG_FORMAT;

        public String key() {
            return "violation." + name();
        }

        public Text text(Object... args) {
            return Text.of(key(), args);
        }
    }
}
