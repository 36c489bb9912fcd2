package org.perfeval.workflow.rectification;

/** The department's answer to one rectification item. */
public record RectificationAnswer(long itemId, String answer) {
}
