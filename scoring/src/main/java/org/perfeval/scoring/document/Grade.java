package org.perfeval.scoring.document;

import java.util.Optional;

/** The four grades of a self-evaluation result, written on forms as 优, 良, 中 and 差. */
public enum Grade {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Grade> fromLabel(String label) {
        for (Grade grade : values()) {
            if (grade.label.equals(label)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
