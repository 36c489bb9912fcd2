package org.perfeval.core.security;

import org.perfeval.scoring.text.Text;
import org.springframework.security.access.AccessDeniedException;

/** Access denied with the reason as a {@link Text}, for the caller's language; {@link #getMessage()} is for logs. */
public class AccessRefusedException extends AccessDeniedException {

    private final transient Text text;

    public AccessRefusedException(Text text) {
        super(text.key() + text.args());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
