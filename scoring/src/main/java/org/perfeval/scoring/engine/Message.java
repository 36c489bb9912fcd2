package org.perfeval.scoring.engine;

/** A text in the platform's two languages. */
public record Message(String zh, String en) {
}
