package org.perfeval.scoring.result;

import java.math.BigDecimal;

/**
 * A 一级指标 block recomputed: its effective weight, the weights of its rows added up (which should equal it), the
 * computed score, and the subtotal the department printed (difference = self − computed).
 */
public record Level1Result(String name, BigDecimal weight, boolean fixed, boolean budget, BigDecimal weightSum,
                           BigDecimal score, BigDecimal selfScore, BigDecimal difference) {
}
