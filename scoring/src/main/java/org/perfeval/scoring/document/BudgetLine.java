package org.perfeval.scoring.document;

import java.math.BigDecimal;

/** 年初预算数, 调整预算数 (null when there was no adjustment) and 预算执行数 of one budget line. */
public record BudgetLine(BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
}
