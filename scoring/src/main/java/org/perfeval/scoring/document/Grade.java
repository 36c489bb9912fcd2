package org.perfeval.scoring.document;

import java.util.Optional;

import org.perfeval.scoring.text.Labelled;

/**
 * The four grades of a self-evaluation result. Forms, the interchange format and stored scores write them as the
 * characters 优, 良, 中 and 差 ({@link #symbol()}) whatever the reader's language; people see their label.
 */
public enum Grade implements Labelled {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String symbol;

    Grade(String symbol) {
        this.symbol = symbol;
    }

    /** The character written on the form and in the interchange format: data, not a label. */
    public String symbol() {
        return symbol;
    }

    public static Optional<Grade> fromSymbol(String symbol) {
        for (Grade grade : values()) {
            if (grade.symbol.equals(symbol)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }

    @Override
    public String labelKey() {
        return "grade." + name();
    }
}
