package org.perfeval.workflow.process;

/** The department's answer to one rectification item. */
public record RectificationAnswer(long itemId, String answer) {
}
