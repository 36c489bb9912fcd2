package org.perfeval.scoring.result;

/** How a target compares: higher is better for ≥, > and = (and a bare number), lower is better for ≤ and <. */
public enum Comparison {
    AT_LEAST("≥", true),
    MORE_THAN(">", true),
    EQUAL("=", true),
    NONE("", true),
    AT_MOST("≤", false),
    LESS_THAN("<", false);

    private final String symbol;
    private final boolean higherIsBetter;

    Comparison(String symbol, boolean higherIsBetter) {
        this.symbol = symbol;
        this.higherIsBetter = higherIsBetter;
    }

    public String symbol() {
        return symbol;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
