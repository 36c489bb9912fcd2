package org.perfeval.scoring.scheme;

import java.math.BigDecimal;

/**
 * A 一级指标 of a scheme with its default weight. A fixed weight may not be changed by a document; the budget block
 * (预算执行率) is scored from the budget, not from indicator rows.
 */
public record Level1Definition(String name, BigDecimal weight, boolean fixed, boolean budget) {
}
