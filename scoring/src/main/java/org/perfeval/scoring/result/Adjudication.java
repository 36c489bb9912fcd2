package org.perfeval.scoring.result;

import java.math.BigDecimal;

/**
 * The finance reviewer's decision on a row the rules could not decide: its score (within the row's weight) and why.
 * {@code index} is the row's position in the form (0 is row 1).
 */
public record Adjudication(int index, BigDecimal score, String reason) {
}
