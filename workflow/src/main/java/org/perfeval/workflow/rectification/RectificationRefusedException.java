package org.perfeval.workflow.rectification;

import org.perfeval.scoring.text.Text;

/** Rectification items or answers that cannot be accepted as given; nothing was stored. */
public class RectificationRefusedException extends RuntimeException {

    private final transient Text text;

    RectificationRefusedException(String key, Object... args) {
        super(key);
        this.text = Text.of(key, args);
    }

    public Text text() {
        return text;
    }
}
