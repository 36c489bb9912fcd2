package org.perfeval.scoring.document;

import java.util.Optional;

/** The unit all amounts of one document are given in, written as 万元 or 元 ({@link #symbol()}). */
public enum AmountUnit {
    TEN_THOUSAND_YUAN("万元"),
    YUAN("元");

    private final String symbol;

    AmountUnit(String symbol) {
        this.symbol = symbol;
    }

    /** The unit as written on the form and in the interchange format: data, not a label. */
    public String symbol() {
        return symbol;
    }

    public static Optional<AmountUnit> fromSymbol(String symbol) {
        for (AmountUnit unit : values()) {
            if (unit.symbol.equals(symbol)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}
