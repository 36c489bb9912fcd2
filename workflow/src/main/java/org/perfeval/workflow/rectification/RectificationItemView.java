package org.perfeval.workflow.rectification;

import java.time.Instant;

/** A rectification item with its answer, if given. */
public record RectificationItemView(Long id, int round, Integer indicatorRow, String findingCode, String request,
                                    String answer, String answeredBy, Instant answeredAt) {
}
