package org.perfeval.workflow.rectification;

/**
 * One thing to put right: about an indicator row (0-based) or a finding code, or both, and what is asked.
 */
public record RectificationRequest(Integer indicatorRow, String findingCode, String request) {
}
