package org.perfeval.scoring.document;

/** 年度履职目标 and 完成情况. */
public record AnnualGoal(String text, String completion) {
}
