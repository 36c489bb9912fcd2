package org.perfeval.scoring.document;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The result as the department wrote it on the form: budget score, 一级 subtotals (in form order), total and grade. */
public record SelfReported(BigDecimal budgetScore, Map<String, BigDecimal> level1Scores, BigDecimal total,
                           Grade grade) {

    public SelfReported {
        level1Scores = level1Scores == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(level1Scores));
    }
}
