package org.perfeval.workflow.rectification;

import org.perfeval.core.web.RefusedException;
import org.perfeval.scoring.text.Text;

/** Rectification items or answers that cannot be accepted as given; nothing was stored. */
public class RectificationRefusedException extends RefusedException {

    RectificationRefusedException(String key, Object... args) {
        super(Kind.CONFLICT, Text.of(key, args));
    }
}
