package org.perfeval.scoring.scheme;

import java.math.BigDecimal;

import org.perfeval.scoring.document.Grade;

/** A grade and the lowest total (included) that earns it. */
public record GradeBand(Grade grade, BigDecimal min) {
}
