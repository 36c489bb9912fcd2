package org.perfeval.scoring.document;

import java.math.BigDecimal;

/** A 一级指标 and the weight (分值) the document gives it. */
public record Level1Weight(String name, BigDecimal weight) {
}
