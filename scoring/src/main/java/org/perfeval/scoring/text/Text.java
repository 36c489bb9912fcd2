package org.perfeval.scoring.text;

import java.util.List;
import java.util.Objects;

/**
 * Something to tell a person, as a message key and its arguments, rendered later in the reader's language. Arguments
 * may be strings, numbers, other texts, {@link Labelled} values, and points in time or dates.
 */
public record Text(String key, List<Object> args) {

    public Text {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Text of(String key, Object... args) {
        return new Text(key, List.of(args));
    }
}
