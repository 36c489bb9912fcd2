package org.perfeval.scoring.document;

import java.util.Optional;

/** The unit all amounts of one document are given in. */
public enum AmountUnit {
    TEN_THOUSAND_YUAN("万元"),
    YUAN("元");

    private final String label;

    AmountUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AmountUnit> fromLabel(String label) {
        for (AmountUnit unit : values()) {
            if (unit.label.equals(label)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
