package org.perfeval.scoring.document;

import java.math.BigDecimal;

/** One row of 年度主要任务: its budget and execution, in the document's amount unit. */
public record MainTask(String name, String content, BigDecimal budget, BigDecimal fiscalBudget,
                       BigDecimal executed, BigDecimal fiscalExecuted, String completion) {
}
